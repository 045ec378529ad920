import Foundation
import HTTPTypes
import OpenAPIRuntime

/// In dry-run mode, stops every request that is not a read before it reaches the network and
/// throws ``RequestNotSent`` describing it. It runs first, so no rate-limit wait or retry
/// happens for a request that is never sent.
struct DryRunMiddleware: ClientMiddleware {
    /// The client's ``VultrClient/Configuration/dryRun``.
    let isOn: @Sendable () -> Bool

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard request.method != .get, isOn() else { return try await next(request, body, baseURL) }
        let bytes: Data = if let body { try await Data(collecting: body, upTo: 1 << 20) } else { Data() }
        throw RequestNotSent(method: request.method.rawValue, path: baseURL.path + (request.path ?? ""),
                             body: Self.redactingPassword(bytes))
    }

    /// The body as compact JSON with sorted keys, its `password` replaced by `***`.
    static func redactingPassword(_ bytes: Data) -> String {
        guard !bytes.isEmpty else { return "" }
        guard var object = (try? JSONSerialization.jsonObject(with: bytes)) as? [String: Any] else { return "(body)" }
        if object["password"] != nil { object["password"] = "***" }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
