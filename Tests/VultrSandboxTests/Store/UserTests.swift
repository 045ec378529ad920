import Foundation
import Testing
import VusTestSupport
@testable import VultrSandbox

@Suite struct UserTests {
    static var newUser: [String: Any] {[
        "email": "dana@example.org", "first_name": "Dana", "last_name": "Scully",
        "password": "trust no 1", "acls": ["billing", "dns"], "api_enabled": false,
    ]}

    @Test func createAnswers201WithANewUUID() async throws {
        try await withSandbox { http in
            let reply = try await http.send(.POST, "/v2/users", body: http.json(Self.newUser))
            #expect(reply.status == 201)
            let user = try #require(reply.json["user"] as? [String: Any])
            let id = try #require(user["id"] as? String)
            #expect(UUID(uuidString: id) != nil)
            #expect(user["email"] as? String == "dana@example.org")
            #expect(user["name"] as? String == "Dana Scully")
            #expect(user["acls"] as? [String] == ["billing", "dns"])
            #expect(user["api_enabled"] as? Bool == false)
            #expect(user["status"] as? String == "pending")
            #expect(user["password"] == nil)
            #expect(user["api_key"] == nil)

            let fetched = try await http.get("/v2/users/\(id)")
            #expect(fetched.status == 200)
            #expect((fetched.json["user"] as? [String: Any])?["email"] as? String == "dana@example.org")
            #expect(await http.sandbox.store.userCount == 26)
        }
    }

    @Test func serviceUserGetsItsKeyOnceOnCreation() async throws {
        try await withSandbox { http in
            var body = Self.newUser
            body["service_user"] = true
            body["api_enabled"] = true
            let reply = try await http.send(.POST, "/v2/users", body: http.json(body))
            let user = try #require(reply.json["user"] as? [String: Any])
            let key = try #require(user["api_key"] as? String)
            #expect(key.count >= 30)
            let id = try #require(user["id"] as? String)
            let keys = try await http.get("/v2/users/\(id)/apikeys")
            let listed = try #require((keys.json["api_keys"] as? [[String: Any]])?.first?["api_key"] as? String)
            #expect(listed != key)
            #expect(listed.hasSuffix(String(key.suffix(5))))
            #expect(listed.hasPrefix("*****"))
            let again = try await http.get("/v2/users/\(id)")
            #expect((again.json["user"] as? [String: Any])?["api_key"] == nil)
        }
    }

    @Test func olderClientsMaySendNameInsteadOfFirstAndLast() async throws {
        try await withSandbox { http in
            let body = #"{"email":"old@example.com","name":"Legacy Client User","password":"p4ss"}"#
            let reply = try await http.send(.POST, "/v2/users", body: body)
            #expect(reply.status == 201)
            let user = reply.json["user"] as? [String: Any]
            #expect(user?["first_name"] as? String == "Legacy")
            #expect(user?["last_name"] as? String == "Client User")
        }
    }

    @Test(arguments: [
        (#"{"first_name":"A","last_name":"B","password":"p"}"#, "Missing required field: email"),
        (#"{"email":"a@b.co","last_name":"B","password":"p"}"#, "Missing required field: first_name"),
        (#"{"email":"a@b.co","first_name":"A","password":"p"}"#, "Missing required field: last_name"),
        (#"{"email":"a@b.co","first_name":"A","last_name":"B"}"#, "Missing required field: password"),
        (#"{"email":"a@b.co","first_name":"A","last_name":"B","password":""}"#, "Missing required field: password"),
        (#"{"email":"not-an-email","first_name":"A","last_name":"B","password":"p"}"#, "Invalid email address: not-an-email"),
        (#"{"email":"a@b","first_name":"A","last_name":"B","password":"p"}"#, "Invalid email address: a@b"),
        (#"{"email":"ALICE.ANDERSON@example.com","first_name":"A","last_name":"B","password":"p"}"#,
         "A user with the email address ALICE.ANDERSON@example.com already exists."),
        (#"{"email":"a@b.co","first_name":"A","last_name":"B","password":"p","acls":["dns","root"]}"#,
         "Invalid ACL: root. Valid ACLs are: abuse, activity_logs, alerts, billing, dns, firewall, loadbalancer, manage_users, objstore, provisioning, subscriptions, subscriptions_view, support, upgrade"),
        (#"{"email":"a@b.co","first_name":"A","last_name":"B","password":"p","api_enabled":"yes"}"#,
         "Invalid value for api_enabled: expected true or false"),
        (#"{"email":"a@b.co","first_name":"A""#, "Invalid JSON in request body"),
        ("[1,2]", "The request body must be a JSON object"),
    ])
    func createRejectsBadBodiesWithASpecificMessage(body: String, message: String) async throws {
        try await withSandbox { http in
            let reply = try await http.send(.POST, "/v2/users", body: body)
            #expect(reply.status == 400)
            #expect(reply.error == message)
            #expect(reply.json["status"] as? Int == 400)
            #expect(await http.sandbox.store.userCount == 25, "nothing was created")
        }
    }

    @Test func bodySentWithoutJSONContentTypeIsStillRead() async throws {
        try await withSandbox { http in
            let reply = try await http.send(.POST, "/v2/users", body: http.json(Self.newUser),
                                            contentType: "application/x-www-form-urlencoded")
            #expect(reply.status == 201)
        }
    }

    @Test func patchChangesOnlyEmailAPIAccessAndACLs() async throws {
        try await withSandbox { http in
            let id = try await http.userID(email: "bob.hughes@example.com")
            let body = #"{"email":"robert@example.com","acls":["support"],"name":"Ignored","first_name":"X","password":"new"}"#
            let reply = try await http.send(.PATCH, "/v2/users/\(id)", body: body)
            #expect(reply.status == 204)
            #expect(reply.body.isEmpty)
            let user = try #require(try await http.get("/v2/users/\(id)").json["user"] as? [String: Any])
            #expect(user["email"] as? String == "robert@example.com")
            #expect(user["acls"] as? [String] == ["support"])
            #expect(user["first_name"] as? String == "Bob")
            #expect(user["name"] as? String == "Bob Hughes")
        }
    }

    @Test func patchCanAnswer202WhenConfigured() async throws {
        try await withSandbox(configure: { $0.updateStatus = .accepted }) { http in
            let id = try await http.userID(email: "bob.hughes@example.com")
            #expect(try await http.send(.PATCH, "/v2/users/\(id)", body: #"{"api_enabled":true}"#).status == 202)
        }
    }

    @Test func disablingAPIAccessRevokesEveryKey() async throws {
        try await withSandbox { http in
            let id = try await http.userID(email: "ci-bot@example.com")
            let keysBefore = try await http.get("/v2/users/\(id)/apikeys").json["api_keys"] as? [Any]
            #expect((keysBefore?.count ?? 0) > 0)
            #expect(try await http.send(.PATCH, "/v2/users/\(id)", body: #"{"api_enabled":false}"#).status == 204)
            let user = try await http.get("/v2/users/\(id)").json["user"] as? [String: Any]
            #expect(user?["api_enabled"] as? Bool == false)
            let keysAfter = try await http.get("/v2/users/\(id)/apikeys").json["api_keys"] as? [Any]
            #expect(keysAfter?.isEmpty == true)
        }
    }

    @Test func patchValidatesBeforeChangingAnything() async throws {
        try await withSandbox { http in
            let id = try await http.userID(email: "bob.hughes@example.com")
            let before = try await http.get("/v2/users/\(id)").text
            let duplicate = try await http.send(.PATCH, "/v2/users/\(id)",
                                                body: #"{"email":"alice.anderson@example.com","acls":["dns"]}"#)
            #expect(duplicate.status == 400)
            #expect(duplicate.error == "A user with the email address alice.anderson@example.com already exists.")
            let badACL = try await http.send(.PATCH, "/v2/users/\(id)", body: #"{"api_enabled":false,"acls":["nope"]}"#)
            #expect(badACL.status == 400)
            #expect(try await http.get("/v2/users/\(id)").text == before, "a rejected change leaves no trace")
        }
    }

    @Test func deleteAnswers204ThenTheUserIsGone() async throws {
        try await withSandbox { http in
            let id = try await http.userID(email: "bob.hughes@example.com")
            let reply = try await http.send(.DELETE, "/v2/users/\(id)")
            #expect(reply.status == 204)
            #expect(try await http.get("/v2/users/\(id)").status == 404)
            #expect(try await http.send(.DELETE, "/v2/users/\(id)").status == 404)
            #expect(await http.sandbox.store.userCount == 24)
        }
    }

    @Test func statusCanBeListedAsABoolean() async throws {
        try await withSandbox(configure: { $0.statusAsBoolean = true }) { http in
            let users = try await http.get("/v2/users").json["users"] as? [[String: Any]] ?? []
            #expect(users.allSatisfy { $0["status"] is Bool })
            let id = try #require(users.first?["id"] as? String)
            #expect((try await http.get("/v2/users/\(id)").json["user"] as? [String: Any])?["status"] is String)
        }
    }

    @Test func accountRecordIsServed() async throws {
        try await withSandbox { http in
            let account = try #require(try await http.get("/v2/account").json["account"] as? [String: Any])
            #expect(account["email"] as? String == "owner@example.com")
            #expect((account["acls"] as? [String])?.count == 14)
            #expect(account["balance"] as? Double == -100.55)
            #expect(account["pending_charges"] as? Double == 60.25)
            #expect(account["last_payment_date"] is String)
        }
    }
}
