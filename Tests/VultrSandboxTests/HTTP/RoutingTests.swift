import Testing
import VusTestSupport
@testable import VultrSandbox

@Suite struct RoutingTests {
    @Test func unknownPathIs404WithJSON() async throws {
        try await withSandbox { http in
            let reply = try await http.get("/v2/no-such-thing")
            #expect(reply.status == 404)
            #expect(reply.contentType == "application/json")
            #expect(reply.json["status"] as? Int == 404)
            #expect(reply.error?.contains("/v2/no-such-thing") == true)
        }
    }

    @Test func wrongMethodIs405WithAllow() async throws {
        try await withSandbox { http in
            let put = try await http.send(.PUT, "/v2/users/abc", body: "{}")
            #expect(put.status == 405)
            #expect(put.headers.first(name: "allow") == "GET, PATCH, DELETE")
            #expect(put.json["status"] as? Int == 405)

            let patchList = try await http.send(.PATCH, "/v2/users", body: "{}")
            #expect(patchList.status == 405)
            #expect(patchList.headers.first(name: "allow") == "GET, POST")

            let postAccount = try await http.send(.POST, "/v2/account", body: "{}")
            #expect(postAccount.status == 405)
            #expect(postAccount.headers.first(name: "allow") == "GET")
        }
    }

    @Test func unknownUserIs404WithJSON() async throws {
        try await withSandbox { http in
            for path in ["/v2/users/00000000-0000-4000-8000-000000000000", "/v2/users/nope/apikeys",
                         "/v2/users/nope/ip-whitelist"] {
                let reply = try await http.get(path)
                #expect(reply.status == 404, "\(path)")
                #expect(reply.text == #"{"error":"User not found.","status":404}"#, "\(path)")
            }
            #expect(try await http.send(.DELETE, "/v2/users/nope").status == 404)
            #expect(try await http.send(.PATCH, "/v2/users/nope", body: "{}").status == 404)
        }
    }

    @Test func everyAnswerIsExactlyApplicationJSON() async throws {
        try await withSandbox { http in
            let id = try await http.userID(email: "alice.anderson@example.com")
            for reply in [
                try await http.get("/v2/users"), try await http.get("/v2/users/\(id)"),
                try await http.get("/v2/account"), try await http.get("/v2/users/\(id)/apikeys"),
                try await http.get("/v2/users/\(id)/ip-whitelist"), try await http.get("/v2/users?cursor=bad"),
                try await http.send(.POST, "/v2/users", body: "{"),
            ] {
                #expect(reply.contentType == "application/json")
            }
        }
    }

    @Test func compactJSONWithoutEscapedSlashes() async throws {
        try await withSandbox { http in
            let reply = try await http.get("/v2/account")
            #expect(!reply.text.contains("\n"))
            #expect(reply.text.hasPrefix(#"{"account":{"#))
        }
    }
}
