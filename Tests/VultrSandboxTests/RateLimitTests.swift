import Foundation
import Testing
@testable import VultrSandbox

@Suite struct RateLimitTests {
    @Test func overTheLimitAnswersVultrs429WithRetryAfter() async throws {
        try await withSandbox(configure: { $0.rateLimit = 5 }) { http in
            var replies: [Reply] = []
            for _ in 0..<12 { replies.append(try await http.get("/v2/account")) }
            let limited = replies.filter { $0.status == 429 }
            #expect(replies.prefix(5).allSatisfy { $0.status == 200 })
            #expect(limited.count >= 5)
            let first = try #require(limited.first)
            #expect(first.text == #"{"status": 429,"error": "rate limit exceeded"}"#)
            #expect(first.contentType == "application/json")
            #expect(first.headers.first(name: "retry-after") == "1")

            try await Task.sleep(for: .milliseconds(1100))
            #expect(try await http.get("/v2/account").status == 200, "the bucket refills")
        }
    }

    @Test func requestsWithoutAValidKeyCountToo() async throws {
        try await withSandbox(configure: { $0.rateLimit = 3 }) { http in
            for _ in 0..<3 { _ = try await http.send(.GET, "/v2/account", key: "wrong") }
            #expect(try await http.get("/v2/account").status == 429)
        }
    }

    @Test func zeroTurnsTheLimitOff() async throws {
        try await withSandbox(configure: { $0.rateLimit = 0 }) { http in
            for _ in 0..<100 {
                let reply = try await http.get("/v2/account")
                #expect(reply.status == 200)
            }
        }
    }
}
