import Foundation
import Testing
import VusTestSupport
@testable import VultrSandbox

@Suite struct RateLimitTests {
    /// Sends `count` requests at once, so they arrive within the same second however busy the
    /// machine is.
    func burst(_ count: Int, _ http: SandboxHTTP, key: String = SandboxHTTP.key) async throws -> [Reply] {
        try await withThrowingTaskGroup(of: Reply.self) { group in
            for _ in 0..<count { group.addTask { try await http.send(.GET, "/v2/account", key: key) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test func overTheLimitAnswersVultrs429WithRetryAfter() async throws {
        try await withSandbox(configure: { $0.rateLimit = 5 }) { http in
            let replies = try await burst(40, http)
            let limited = replies.filter { $0.status == 429 }
            #expect(replies.filter { $0.status == 200 }.count >= 5, "the first five always pass")
            #expect(!limited.isEmpty)
            #expect(replies.allSatisfy { $0.status == 200 || $0.status == 429 })
            let first = try #require(limited.first)
            #expect(first.text == #"{"status": 429,"error": "rate limit exceeded"}"#)
            #expect(first.contentType == "application/json")
            #expect(first.headers.first(name: "retry-after") == "1")

            try await Task.sleep(for: .milliseconds(1100))
            #expect(try await http.get("/v2/account").status == 200, "the bucket refills")
        }
    }

    @Test func requestsWithoutAValidKeyCountToo() async throws {
        try await withSandbox(configure: { $0.rateLimit = 1 }) { http in
            let refused = try await burst(5, http, key: "wrong")
            #expect(refused.contains { $0.status == 401 })
            let reply = try await http.get("/v2/account")
            // Either the wrong-key burst itself ran into the limit, or the next request did
            // (on a loaded machine the burst may take long enough for the bucket to refill).
            #expect(refused.contains { $0.status == 429 } || reply.status == 429)
        }
    }

    @Test func zeroTurnsTheLimitOff() async throws {
        try await withSandbox(configure: { $0.rateLimit = 0 }) { http in
            let replies = try await burst(100, http)
            #expect(replies.allSatisfy { $0.status == 200 })
        }
    }
}
