import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import VultrSandbox

/// An answer from the sandbox, as raw as the wire gives it.
public struct Reply: Sendable {
    public let status: Int
    public let headers: HTTPHeaders
    public let body: Data

    public var text: String { String(decoding: body, as: UTF8.self) }
    public var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    public var error: String? { json["error"] as? String }
    public var contentType: String? { headers.first(name: "content-type") }
}

/// Talks real HTTP to an in-process sandbox.
public struct SandboxHTTP: Sendable {
    public static let key = "test-key-0123456789"
    public let sandbox: RunningSandbox

    public func send(_ method: HTTPMethod, _ path: String, key: String? = SandboxHTTP.key, authorization: String? = nil,
              body: String? = nil, contentType: String? = "application/json") async throws -> Reply {
        var request = HTTPClientRequest(url: sandbox.url.absoluteString + path)
        request.method = method
        if let authorization = authorization ?? key.map({ "Bearer \($0)" }) {
            request.headers.add(name: "Authorization", value: authorization)
        }
        if let body {
            request.body = .bytes(ByteBuffer(string: body))
            if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
        }
        // Long enough for a burst of a hundred queued on a loaded two-core machine (30 s was not,
        // once); the figure bounds a failure, it is not what a test measures.
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(90))
        let bytes = try await response.body.collect(upTo: 64 << 20)
        return Reply(status: Int(response.status.code), headers: response.headers, body: Data(buffer: bytes))
    }

    public func get(_ path: String) async throws -> Reply { try await send(.GET, path) }

    public func json(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    /// Every user, walking `meta.links.next` from the first page.
    public func listAll(perPage: Int?) async throws -> (ids: [String], pages: Int) {
        var ids: [String] = []
        var cursor = ""
        var pages = 0
        repeat {
            var query = perPage.map { "per_page=\($0)" } ?? ""
            if !cursor.isEmpty { query += (query.isEmpty ? "" : "&") + "cursor=\(cursor)" }
            let reply = try await get("/v2/users" + (query.isEmpty ? "" : "?\(query)"))
            guard reply.status == 200 else { throw SandboxTestError("listing answered \(reply.status): \(reply.text)") }
            let users = reply.json["users"] as? [[String: Any]] ?? []
            ids += users.compactMap { $0["id"] as? String }
            cursor = ((reply.json["meta"] as? [String: Any])?["links"] as? [String: Any])?["next"] as? String ?? ""
            pages += 1
        } while !cursor.isEmpty
        return (ids, pages)
    }

    /// Id of the first user whose email matches.
    public func userID(email: String) async throws -> String {
        let all = try await get("/v2/users?per_page=500")
        let users = all.json["users"] as? [[String: Any]] ?? []
        guard let id = users.first(where: { $0["email"] as? String == email })?["id"] as? String else {
            throw SandboxTestError("no user \(email)")
        }
        return id
    }
}

public struct SandboxTestError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Runs `body` against a fresh in-process sandbox (rate limit off unless configured) and stops it.
public func withSandbox(
    users: Int = 25, configure: (inout SandboxConfiguration) -> Void = { _ in },
    _ body: (SandboxHTTP) async throws -> Void
) async throws {
    var configuration = SandboxConfiguration(apiKeys: [SandboxHTTP.key])
    configuration.seedUsers = users
    configuration.rateLimit = 0
    configure(&configuration)
    let sandbox = try await Sandbox.start(configuration)
    do {
        try await body(SandboxHTTP(sandbox: sandbox))
    } catch {
        await sandbox.stop()
        throw error
    }
    await sandbox.stop()
}

/// A fresh temporary directory, removed by the caller.
