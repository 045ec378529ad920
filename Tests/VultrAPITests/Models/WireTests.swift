import Foundation
import Testing
import VusTestSupport
import VultrAPI

/// Answers the sandbox never gives, from a server that says whatever the test wants.
@Suite struct WireTests {
    func withCanned(_ answer: CannedServer.Answer, key: String = "CANNED-KEY-00000000000000",
                    _ body: (VultrClient, CannedServer) async throws -> Void) async throws {
        let server = try await CannedServer.start(answer)
        var configuration = VultrClient.Configuration(apiKey: key, baseURL: server.url)
        configuration.retry = RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(1), maxDelay: .milliseconds(2))
        do { try await body(try VultrClient(configuration), server) } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func toleratesMissingOptionalAndUnknownFields() async throws {
        let body = #"{"user":{"id":"abc","email":"x@example.com","status":true,"acls":["billing","future_acl"],"shoe_size":44}}"#
        try await withCanned(.init(body: body)) { client, _ in
            let user = try await client.user(id: "abc")
            #expect(user.email == "x@example.com")
            #expect(user.status == .active)
            #expect(user.acls == ["billing", "future_acl"], "an unknown ACL is kept")
            #expect(user.acls.last?.isKnown == false)
            #expect(user.apiEnabled == nil && user.firstName == nil)
        }
    }

    @Test func anHTMLBadGatewayPageBecomesAClearError() async throws {
        let page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"
        try await withCanned(.init(status: .badGateway, contentType: "text/html", body: page)) { client, server in
            let error = await #expect(throws: VultrError.self) { _ = try await client.account() }
            #expect(error?.status == 502)
            #expect(error?.message == "Bad Gateway (text/html): 502 Bad Gateway")
            #expect(error?.attempts == 2, "a 502 is retried")
            #expect(server.requests.count == 2)
        }
    }

    @Test(arguments: [
        ("application/json", #"{"user":{"id":"abc","email":"#),
        ("application/json", "not json at all"),
        ("text/html", "<html>oops</html>"),
        ("application/json", #"{"user":{"email":"no id"}}"#),
        ("application/json", #"{"user":{"id":42}}"#),
    ])
    func garbageWithSuccessStatusIsAMalformedResponse(contentType: String, body: String) async throws {
        try await withCanned(.init(contentType: contentType, body: body)) { client, _ in
            let error = await #expect(throws: VultrError.self) { _ = try await client.user(id: "abc") }
            #expect(error?.kind == .malformedResponse)
            #expect(error?.description.hasPrefix("get user abc: the answer did not match the API: ") == true)
            TransportErrorTests.expectPlain(error)
        }
    }

    @Test func sendsBearerKeyAndUserAgent() async throws {
        try await withCanned(.init(body: #"{"account":{"name":"n","acls":[]}}"#)) { client, server in
            _ = try await client.account()
            let request = try #require(server.requests.first)
            #expect(request.headers[.authorization] == "Bearer CANNED-KEY-00000000000000")
            #expect(request.headers[.userAgent] == "vus/\(VusVersion.current)")
            #expect(request.path == "/v2/account")
        }
    }

    @Test func patchBodyHoldsOnlyTheChangedFields() async throws {
        try await withCanned(.init(status: .noContent, body: "")) { client, server in
            try await client.updateUser(id: "u1", UserUpdate(apiEnabled: false))
            let request = try #require(server.requests.first)
            #expect(request.method == "PATCH")
            #expect(request.path == "/v2/users/u1")
            let sent = try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any]
            #expect(sent?.count == 1)
            #expect(sent?["api_enabled"] as? Bool == false)
        }
    }

    @Test func updateAccepts202AsWellAs204() async throws {
        try await withCanned(.init(status: .accepted, body: "")) { client, _ in
            try await client.updateUser(id: "u1", UserUpdate(acls: ["dns"]))
        }
    }

    @Test func aKeyEchoedByTheServerIsRedacted() async throws {
        let key = "ECHOED-SECRET-KEY-0000000000"
        let body = #"{"error":"Invalid API token: \#(key)","status":401}"#
        try await withCanned(.init(status: .unauthorized, body: body), key: key) { client, _ in
            let error = await #expect(throws: VultrError.self) { _ = try await client.account() }
            #expect(error?.description.contains(key) == false)
            #expect(error?.message == "Invalid API token: [redacted]")
        }
    }
}
