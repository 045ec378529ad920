import Foundation
import Synchronization
import Testing
import VusTestSupport
@testable import VultrSandbox

/// `-v`: one line per request, whatever its outcome, and never the key.
@Suite struct RequestLogTests {
    final class Lines: Sendable {
        private let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        func append(_ line: String) { lines.withLock { $0.append(line) } }
    }

    @Test func logsOneLinePerRequestWithMethodPathStatusAndTime() async throws {
        let lines = Lines()
        try await withSandbox(configure: { $0.requestLog = { lines.append($0) } }) { http in
            _ = try await http.get("/v2/users?per_page=2")
            _ = try await http.send(.GET, "/v2/account", key: "wrong-key-000000")
            _ = try await http.get("/v2/nowhere")
            _ = try await http.send(.PATCH, "/v2/users/nobody", body: #"{"api_enabled":false}"#)
        }
        let logged = lines.all
        #expect(logged.count == 4)
        let pattern = #"^[A-Z]+ /\S* [0-9]{3} [0-9]+ ms$"#
        #expect(logged.allSatisfy { $0.range(of: pattern, options: .regularExpression) != nil }, "\(logged)")
        #expect(logged.map { $0.split(separator: " ").prefix(3).joined(separator: " ") } == [
            "GET /v2/users?per_page=2 200", "GET /v2/account 401", "GET /v2/nowhere 404", "PATCH /v2/users/nobody 404",
        ])
        #expect(!logged.joined().contains(SandboxHTTP.key))
        #expect(!logged.joined().contains("wrong-key"))
    }
}
