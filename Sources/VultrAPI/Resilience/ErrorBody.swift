import Foundation
import HTTPTypes

/// The message in an error answer: Vultr's `{"error": "...", "status": n}`, or, when a proxy or
/// load balancer answered instead, a short, readable version of whatever came back.
enum ErrorBody {
    static func message(_ body: Data, response: HTTPResponse) -> String {
        if let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
           let message = object["error"] as? String, !message.isEmpty {
            return message
        }
        let reason = reasonPhrase(response.status)
        guard !body.isEmpty else { return reason }
        var text = String(decoding: body.prefix(4096), as: UTF8.self)
        let type = response.headerFields[.contentType] ?? "no content type"
        if type.contains("html") || text.contains("<html") || text.contains("<HTML") {
            // An HTML error page: its title says it best, else its visible text.
            if let title = text.range(of: "(?is)<title[^>]*>(.*?)</title>", options: .regularExpression) {
                text = String(text[title])
            }
            text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        }
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if text.count > 160 { text = String(text.prefix(160)) + "…" }
        return text.isEmpty ? reason : "\(reason) (\(type)): \(text)"
    }

    /// The transport does not pass reason phrases on; these are the standard ones.
    static func reasonPhrase(_ status: HTTPResponse.Status) -> String {
        if !status.reasonPhrase.isEmpty { return status.reasonPhrase }
        let known: [HTTPResponse.Status] = [
            .badRequest, .unauthorized, .forbidden, .notFound, .methodNotAllowed, .requestTimeout, .conflict,
            .tooManyRequests, .internalServerError, .notImplemented, .badGateway, .serviceUnavailable, .gatewayTimeout,
        ]
        return known.first { $0.code == status.code }?.reasonPhrase ?? "HTTP \(status.code)"
    }
}
