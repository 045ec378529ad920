import Foundation
import Testing
import VusTestSupport
@testable import VultrSandbox

/// The organization, membership and invitation routes, over real HTTP, in the shapes govultr reads.
@Suite struct OrganizationRouteTests {
    @Test func theOrganizationIsListedUnderOrgsAndAnsweredBare() async throws {
        try await withSandbox { http in
            let list = try await http.get("/v2/organizations")
            #expect(list.status == 200)
            let orgs = try #require(list.json["orgs"] as? [[String: Any]])
            #expect(orgs.count == 1)
            let id = try #require(orgs.first?["id"] as? String)
            let one = try await http.get("/v2/organizations/\(id)")
            #expect(one.status == 200 && one.json["name"] as? String == "Example Co (sandbox)", "bare, as govultr decodes it")
            let renamed = try await http.send(.PUT, "/v2/organizations/\(id)", body: #"{"name":"Renamed","type":"Team"}"#)
            #expect(renamed.status == 200 && renamed.json["name"] as? String == "Renamed")
            #expect(try await http.get("/v2/organizations/nope").status == 404)
        }
    }

    @Test func suspendingKeepsAssignmentsAndIsIdempotent() async throws {
        try await withSandbox { http in
            let org = try await http.organizationID()
            let admins = try await http.get("/v2/groups/\(try await http.groupID("admins"))").json["group"] as? [String: Any]
            let member = try #require((admins?["members"] as? [[String: Any]])?.first?["id"] as? String)
            let before = try await http.get("/v2/users/\(member)/roles").json["roles"] as? [String: Any]
            #expect(try await http.send(.PUT, "/v2/organizations/\(org)/user/\(member)/suspend").status == 204)
            #expect(try await http.send(.PUT, "/v2/organizations/\(org)/user/\(member)/suspend").status == 204, "already suspended")
            let suspended = try await http.get("/v2/organizations/\(org)/suspended-users").json["users"] as? [[String: Any]] ?? []
            #expect(suspended.contains { $0["id"] as? String == member })
            #expect((try await http.get("/v2/users/\(member)").json["user"] as? [String: Any])?["status"] as? String == "suspended")
            let during = try await http.get("/v2/users/\(member)/roles").json["roles"] as? [String: Any]
            #expect((during?["all"] as? [Any])?.count == (before?["all"] as? [Any])?.count, "assignments are kept")
            #expect(try await http.send(.PUT, "/v2/organizations/\(org)/user/\(member)/unsuspend").status == 204)
            #expect((try await http.get("/v2/users/\(member)").json["user"] as? [String: Any])?["status"] as? String == "active")
        }
    }

    @Test func removingAMemberCascadesToEveryAttachment() async throws {
        try await withSandbox { http in
            let org = try await http.organizationID()
            let contractors = try await http.groupID("contractors")
            let group = try await http.get("/v2/groups/\(contractors)").json["group"] as? [String: Any]
            let member = try #require((group?["members"] as? [[String: Any]])?.first?["id"] as? String)
            let prod = try await http.policyID("prod-database")
            #expect((try await http.get("/v2/policies/\(prod)/users").json["users"] as? [[String: Any]] ?? []).contains { $0["id"] as? String == member })
            #expect(try await http.send(.DELETE, "/v2/organizations/\(org)/user/\(member)").status == 204)
            #expect(try await http.get("/v2/users/\(member)").status == 404, "no longer a user of the account")
            let after = try await http.get("/v2/groups/\(contractors)/members").json["members"] as? [[String: Any]] ?? []
            #expect(!after.contains { $0["id"] as? String == member })
            #expect(!(try await http.get("/v2/policies/\(prod)/users").json["users"] as? [[String: Any]] ?? []).contains { $0["id"] as? String == member })
            #expect(try await http.send(.DELETE, "/v2/organizations/\(org)/user/\(member)").status == 404)
        }
    }

    @Test func invitationsAreCreatedListedAndResent() async throws {
        try await withSandbox { http in
            let created = try await http.send(.POST, "/v2/invitation", body: #"{"email_invited":"new.hire@example.org","permissions":{"api_enabled":true}}"#)
            #expect(created.status == 201)
            let id = try #require(created.json["id"] as? String, "bare, as govultr decodes it")
            #expect(created.json["invite_status"] as? String == "Pending")
            #expect((created.json["permissions"] as? [String: Any])?["api_enabled"] as? Bool == true)
            let docsForm = try await http.send(.POST, "/v2/invitation", body: #"{"email_invited":"other@example.org","permissions":{"api_enabled":"yes"}}"#)
            #expect(docsForm.status == 201, "Vultr's how-to sends \"yes\"")
            let again = try await http.send(.POST, "/v2/invitation", body: #"{"email_invited":"new.hire@example.org"}"#)
            #expect(again.status == 400 && again.error?.contains("pending invitation") == true)
            let invites = try await http.walk("/v2/invitation", key: "invites", perPage: 2)
            #expect(invites.ids.contains(id) && invites.ids.count == invites.total && invites.pages > 1)
            let before = try await http.get("/v2/invitation/\(id)").json["expiration_date"] as? String
            try await Task.sleep(for: .milliseconds(1100))
            let resent = try await http.send(.POST, "/v2/invitation/\(id)/resend")
            #expect(resent.status == 200 && resent.json["expiration_date"] as? String != before)
            let accepted = try #require((try await http.get("/v2/invitation?per_page=500").json["invites"] as? [[String: Any]])?
                .first { $0["invite_status"] as? String == "Accepted" }?["id"] as? String)
            #expect(try await http.send(.POST, "/v2/invitation/\(accepted)/resend").status == 400, "only pending ones")
            #expect(try await http.send(.POST, "/v2/invitation", body: #"{"email_invited":"not-an-email"}"#).status == 400)
        }
    }

    @Test func anAccountWithoutIAMHasNoOrganizationAndUsersStillWork() async throws {
        try await withSandbox(configure: { $0.iam = false }) { http in
            let list = try await http.get("/v2/organizations")
            #expect(list.status == 200 && (list.json["orgs"] as? [Any])?.isEmpty == true)
            for path in ["/v2/groups", "/v2/roles", "/v2/policies", "/v2/role-trusts", "/v2/invitation"] {
                let reply = try await http.get(path)
                #expect(reply.status == 403 && reply.error?.contains("no organization") == true, "\(path)")
            }
            #expect(try await http.get("/v2/users").status == 200)
        }
    }

    @Test func theCallersOwnKeysAndOneUserKeyAndOneAllowlistEntryAreServed() async throws {
        try await withSandbox { http in
            let created = try await http.send(.POST, "/v2/apikeys", body: #"{"name":"laptop"}"#)
            #expect(created.status == 202)
            let key = try #require(created.json["api_key"] as? [String: Any])
            let id = try #require(key["id"] as? String)
            #expect((key["api_key"] as? String)?.contains("*") == false, "shown whole once")
            let listed = try await http.get("/v2/apikeys").json["api_keys"] as? [[String: Any]] ?? []
            #expect(listed.count == 1 && (listed[0]["api_key"] as? String)?.hasPrefix("*") == true)
            #expect(try await http.get("/v2/apikeys/\(id)").status == 200)
            #expect(try await http.send(.DELETE, "/v2/apikeys/\(id)").status == 204)
            #expect(try await http.get("/v2/apikeys/\(id)").status == 404)

            let bot = try await http.userID(email: "ci-bot@example.com")
            let keys = try await http.get("/v2/users/\(bot)/apikeys").json["api_keys"] as? [[String: Any]] ?? []
            let keyID = try #require(keys.first?["id"] as? String)
            let one = try await http.get("/v2/users/\(bot)/apikeys/\(keyID)")
            #expect(one.status == 200 && (one.json["api_key"] as? [String: Any])?["id"] as? String == keyID)
            #expect(try await http.get("/v2/users/\(bot)/apikeys/nope").status == 404)
            let entry = try await http.get("/v2/users/\(bot)/ip-whitelist/entry?subnet=203.0.113.7&subnet_size=24")
            #expect(entry.status == 200 && (entry.json["ip_whitelist_entry"] as? [String: Any])?["subnet"] as? String == "203.0.113.0")
            #expect(try await http.get("/v2/users/\(bot)/ip-whitelist/entry?subnet=198.51.100.0&subnet_size=24").status == 404)
        }
    }
}
