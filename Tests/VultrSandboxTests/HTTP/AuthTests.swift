import Testing
import VusTestSupport
@testable import VultrSandbox

@Suite struct AuthTests {
    @Test func missingKeyAnswersVultrs401() async throws {
        try await withSandbox { http in
            let reply = try await http.send(.GET, "/v2/users", key: nil)
            #expect(reply.status == 401)
            #expect(reply.text == #"{"error":"Invalid API token.","status":401}"#)
            #expect(reply.contentType == "application/json")
        }
    }

    @Test(arguments: ["wrong-key", "", "test-key-012345678", "TEST-KEY-0123456789"])
    func wrongKeyIsRefused(key: String) async throws {
        try await withSandbox { http in
            let reply = try await http.send(.GET, "/v2/account", key: key)
            #expect(reply.status == 401)
            #expect(reply.error == "Invalid API token.")
        }
    }

    @Test func basicAuthSchemeIsRefused() async throws {
        try await withSandbox { http in
            let basic = try await http.send(.GET, "/v2/account", authorization: "Basic \(SandboxHTTP.key)")
            #expect(basic.status == 401)
            let bare = try await http.send(.GET, "/v2/account", authorization: SandboxHTTP.key)
            #expect(bare.status == 401)
            let lowercase = try await http.send(.GET, "/v2/account", authorization: "bearer \(SandboxHTTP.key)")
            #expect(lowercase.status == 200)
        }
    }

    @Test func everyConfiguredKeyPasses() async throws {
        try await withSandbox(configure: { $0.apiKeys = [SandboxHTTP.key, "second-key"] }) { http in
            let first = try await http.send(.GET, "/v2/account")
            let second = try await http.send(.GET, "/v2/account", key: "second-key")
            #expect(first.status == 200)
            #expect(second.status == 200)
        }
    }

    @Test func unknownRoutesNeedAKeyToo() async throws {
        try await withSandbox { http in
            let reply = try await http.send(.GET, "/v2/instances", key: nil)
            #expect(reply.status == 401)
        }
    }
}
