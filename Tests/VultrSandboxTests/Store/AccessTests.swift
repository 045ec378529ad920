import Foundation
import Testing
import VusTestSupport
@testable import VultrSandbox

/// A user's API keys and IP allowlist.
@Suite struct AccessTests {
    @Test func createListAndDeleteAKey() async throws {
        try await withSandbox { http in
            let id = try await http.userID(email: "ci-bot@example.com")
            let created = try await http.send(.POST, "/v2/users/\(id)/apikeys",
                                              body: #"{"name":"Deploy","expire":true,"date_expire":"2031-05-01T00:00:00Z"}"#)
            #expect(created.status == 202)
            let key = try #require(created.json["api_key"] as? [String: Any])
            let keyID = try #require(key["id"] as? String)
            let secret = try #require(key["api_key"] as? String)
            #expect(!secret.contains("*"))
            #expect(key["name"] as? String == "Deploy")
            #expect(key["expire"] as? Bool == true)
            #expect(key["date_expire"] as? String == "2031-05-01T00:00:00+00:00")

            let listed = try await http.get("/v2/users/\(id)/apikeys").json["api_keys"] as? [[String: Any]] ?? []
            let entry = try #require(listed.first { $0["id"] as? String == keyID })
            #expect(entry["api_key"] as? String == String(repeating: "*", count: secret.count - 5) + secret.suffix(5))
            #expect(!(try await http.get("/v2/users/\(id)/apikeys").text.contains(secret)))

            #expect(try await http.send(.DELETE, "/v2/users/\(id)/apikeys/\(keyID)").status == 204)
            let again = try await http.send(.DELETE, "/v2/users/\(id)/apikeys/\(keyID)")
            #expect(again.status == 404)
            #expect(again.error == "API key not found.")
        }
    }

    @Test(arguments: [
        (#"{"name":"x","expire":true}"#, "date_expire is required when expire is true"),
        (#"{"name":"x","expire":true,"date_expire":"tomorrow"}"#,
         "Invalid date_expire: tomorrow. Use ISO 8601, e.g. 2030-01-01T00:00:00Z"),
        (#"{"name":"x","expire":true,"date_expire":"2001-01-01T00:00:00Z"}"#,
         "date_expire must be in the future: 2001-01-01T00:00:00Z"),
    ])
    func keyCreationValidatesExpiry(body: String, message: String) async throws {
        try await withSandbox { http in
            let id = try await http.userID(email: "ci-bot@example.com")
            let reply = try await http.send(.POST, "/v2/users/\(id)/apikeys", body: body)
            #expect(reply.status == 400)
            #expect(reply.error == message)
        }
    }

    @Test func noKeysForAUserWithoutAPIAccess() async throws {
        try await withSandbox { http in
            let id = try await http.userID(email: "ci-bot@example.com")
            _ = try await http.send(.PATCH, "/v2/users/\(id)", body: #"{"api_enabled":false}"#)
            let reply = try await http.send(.POST, "/v2/users/\(id)/apikeys", body: #"{"name":"x"}"#)
            #expect(reply.status == 400)
            #expect(reply.error?.contains("API access is disabled") == true)
        }
    }

    @Test func allowlistAddIsIdempotentAndRemoveTakesABody() async throws {
        try await withSandbox { http in
            let id = try await http.userID(email: "alice.anderson@example.com")
            let start = try await http.get("/v2/users/\(id)/ip-whitelist")
            #expect((start.json["meta"] as? [String: Any])?["total"] as? Int == 2)

            for _ in 0..<2 {
                let added = try await http.send(.POST, "/v2/users/\(id)/ip-whitelist", body: #"{"subnet":"8.8.8.9","subnet_size":24}"#)
                #expect(added.status == 204)
            }
            let v6 = try await http.send(.POST, "/v2/users/\(id)/ip-whitelist", body: #"{"subnet":"2001:db8:abcd::1","subnet_size":48}"#)
            #expect(v6.status == 204)
            let list = try await http.get("/v2/users/\(id)/ip-whitelist")
            let entries = list.json["ip_whitelist"] as? [[String: Any]] ?? []
            #expect(entries.count == 4)
            #expect(entries.contains { $0["subnet"] as? String == "8.8.8.0" && $0["subnet_size"] as? Int == 24 && $0["ip_type"] as? String == "v4" })
            #expect(entries.contains { $0["subnet"] as? String == "2001:db8:abcd::" && $0["ip_type"] as? String == "v6" })

            let removed = try await http.send(.DELETE, "/v2/users/\(id)/ip-whitelist", body: #"{"subnet":"8.8.8.0","subnet_size":24}"#)
            #expect(removed.status == 204)
            let missing = try await http.send(.DELETE, "/v2/users/\(id)/ip-whitelist", body: #"{"subnet":"8.8.8.0","subnet_size":24}"#)
            #expect(missing.status == 404)
            #expect((try await http.get("/v2/users/\(id)/ip-whitelist").json["ip_whitelist"] as? [Any])?.count == 3)
        }
    }

    @Test(arguments: [
        (#"{"subnet":"nonsense","subnet_size":24}"#, "Invalid subnet: nonsense"),
        (#"{"subnet":"8.8.8.0","subnet_size":33}"#, "Invalid subnet_size 33 for IPv4: use 0 or 8 to 32"),
        (#"{"subnet":"8.8.8.0","subnet_size":4}"#, "Invalid subnet_size 4 for IPv4: use 0 or 8 to 32"),
        (#"{"subnet":"2001:db8::","subnet_size":16}"#, "Invalid subnet_size 16 for IPv6: use 0 or 20 to 128"),
        (#"{"subnet":"10.1.2.0","subnet_size":24}"#, "Only public IP addresses can be allowed: 10.1.2.0"),
        (#"{"subnet":"192.168.1.1","subnet_size":32}"#, "Only public IP addresses can be allowed: 192.168.1.1"),
        (#"{"subnet":"fd00::1","subnet_size":64}"#, "Only public IP addresses can be allowed: fd00::1"),
        (#"{"subnet":"8.8.8.0"}"#, "Missing required field: subnet_size"),
    ])
    func allowlistRejectsBadSubnets(body: String, message: String) async throws {
        try await withSandbox { http in
            let id = try await http.userID(email: "alice.anderson@example.com")
            let reply = try await http.send(.POST, "/v2/users/\(id)/ip-whitelist", body: body)
            #expect(reply.status == 400)
            #expect(reply.error == message)
        }
    }
}
