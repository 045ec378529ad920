import Foundation
import Testing
import VusTestSupport
import VultrAPI

/// The client reads IAM answers in the form of Vultr's 2026 OpenAPI document too, not only in
/// govultr's (which the sandbox sends): other list keys, wrapped objects, flat views.
@Suite struct DocumentFormTests {
    static let meta = #""meta":{"total":1,"links":{"next":"","prev":""}}"#

    static func answer(_ request: CannedServer.Seen) -> CannedServer.Answer {
        let path = request.path.split(separator: "?").first.map(String.init) ?? request.path
        switch path {
        case "/v2/organizations":
            return .init(body: #"{"organizations":[{"id":"o1","name":"Acme","type":"Team"}],\#(meta)}"#)
        case "/v2/invitation":
            return .init(body: #"{"invitations":[{"id":"i1","email_invited":"a@b.co","permissions":"api","invite_status":"Pending"}],\#(meta)}"#)
        case "/v2/invitation/i1":
            return .init(body: #"{"invitation":{"id":"i1","email_invited":"a@b.co","invite_status":"Pending"}}"#)
        case "/v2/roles":
            return .init(body: #"{"roles":[{"id":"r1","name":"dev","role_type":"user","policies":[{"policy_id":"p1","policy_name":"compute"}]}],\#(meta)}"#)
        case "/v2/roles/r1/users":
            return .init(body: #"{"role_user_relationships":[{"user_id":"u1","role_id":"r1"}],\#(meta)}"#)
        case "/v2/policies/p1/users":
            return .init(body: #"{"policy_user_relationships":[{"user_id":"u2","policy_id":"p1"}],\#(meta)}"#)
        case "/v2/users/u1/roles":
            return .init(body: #"{"roles":[{"role_id":"r1","role_name":"dev","role_type":"user"}],\#(meta)}"#)
        case "/v2/users/u1/policies":
            return .init(body: #"{"policies":[{"policy_id":"p1","policy_name":"compute"}],\#(meta)}"#)
        case "/v2/role-trusts/assumable/u1":
            return .init(body: #"{"roles":[{"id":"r9","name":"break-glass"}],\#(meta)}"#)
        default:
            return .init(status: .notFound, body: #"{"error":"not here","status":404}"#)
        }
    }

    @Test func everyDocumentFormIsRead() async throws {
        let server = try await CannedServer.start(responding: Self.answer)
        var configuration = VultrClient.Configuration(apiKey: "CANNED-KEY-00000000000000", baseURL: server.url)
        configuration.retry = .never
        let client = try VultrClient(configuration)
        #expect(try await client.organization().name == "Acme")
        let invitation = try #require(try await client.invitations().first)
        #expect(invitation.email == "a@b.co" && invitation.isPending && invitation.apiEnabled == nil)
        #expect(try await client.invitation(id: "i1").email == "a@b.co")
        let role = try #require(try await client.roles().first)
        #expect(role.kind == nil && role.type == "user" && role.policies.map(\.id) == ["p1"])
        #expect(try await client.userIDs(roleID: "r1") == ["u1"])
        #expect(try await client.userIDs(policyID: "p1") == ["u2"])
        let roles = try await client.roles(userID: "u1")
        #expect(roles.direct.map(\.name) == ["dev"] && roles.inherited.isEmpty)
        #expect(try await client.policies(userID: "u1").all.map(\.id) == ["p1"])
        #expect(try await client.assumableRoles(userID: "u1").map(\.roleName) == ["break-glass"])
        await server.stop()
    }
}
