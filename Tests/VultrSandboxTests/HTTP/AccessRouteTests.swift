import Foundation
import Testing
import VusTestSupport
@testable import VultrSandbox

/// Groups, roles, policies and role trusts over real HTTP: every route, its status, cascades,
/// soft deletes and the direct/inherited views.
@Suite struct AccessRouteTests {
    @Test func groupsAreCreatedChangedJoinedLeftAndDeletedWithTheirAttachments() async throws {
        try await withSandbox { http in
            let created = try await http.send(.POST, "/v2/groups", body: #"{"display_name":"oncall","description":"Pager"}"#)
            #expect(created.status == 201)
            let group = try #require(created.json["id"] as? String)
            #expect(try await http.send(.POST, "/v2/groups", body: #"{"display_name":"ONCALL"}"#).status == 400, "names are unique")
            #expect(try await http.get("/v2/groups/\(group)").json["group"] != nil, "get answers wrapped, as govultr reads it")
            let renamed = try await http.send(.PUT, "/v2/groups/\(group)", body: #"{"display_name":"on-call","description":"Pager"}"#)
            #expect(renamed.status == 200 && renamed.json["display_name"] as? String == "on-call")

            let user = try await http.userID(email: "bob.hughes@example.com")
            #expect(try await http.send(.POST, "/v2/groups/\(group)/members", body: #"{"user_id":"\#(user)"}"#).status == 201)
            #expect(try await http.send(.POST, "/v2/groups/\(group)/members", body: #"{"user_id":"\#(user)"}"#).status == 400, "already a member")
            #expect(try await http.send(.POST, "/v2/groups/\(group)/members", body: #"{"user_id":"nobody"}"#).status == 404)
            let developer = try await http.roleID("developer")
            #expect(try await http.send(.POST, "/v2/roles/\(developer)/groups/\(group)").status == 201)
            let roles = try await http.get("/v2/users/\(user)/roles").json["roles"] as? [String: Any]
            #expect((roles?["inherited"] as? [[String: Any]] ?? []).contains { $0["id"] as? String == developer }, "inherited through the group")
            let policies = try await http.get("/v2/users/\(user)/policies").json["policies"] as? [String: Any]
            #expect((policies?["inherited"] as? [[String: Any]] ?? []).contains { $0["name"] as? String == "no-instance-delete" && $0["from_role"] as? String == developer })
            let groupPolicies = try await http.get("/v2/groups/\(group)/policies").json["policies"] as? [String: Any]
            #expect((groupPolicies?["from_roles"] as? [Any])?.count == 3)
            #expect((try await http.get("/v2/users/\(user)/groups").json["groups"] as? [[String: Any]] ?? []).contains { $0["id"] as? String == group })

            #expect(try await http.send(.DELETE, "/v2/groups/\(group)/members/\(user)").status == 204)
            #expect(try await http.send(.DELETE, "/v2/groups/\(group)/members/\(user)").status == 404, "no longer a member")
            #expect(try await http.send(.DELETE, "/v2/groups/\(group)").status == 204)
            #expect(try await http.get("/v2/groups/\(group)").status == 404)
            let assigned = try await http.get("/v2/roles/\(developer)/groups").json["assignments"] as? [[String: Any]] ?? []
            #expect(!assigned.contains { $0["group_id"] as? String == group }, "a deleted group loses its attachments")
        }
    }

    @Test func rolesAttachAndDetachAndComeBackAfterDelete() async throws {
        try await withSandbox { http in
            let bad = try await http.send(.POST, "/v2/roles", body: #"{"name":"x","role_type":"superuser"}"#)
            #expect(bad.status == 400 && bad.error?.contains("role_type") == true)
            let created = try await http.send(.POST, "/v2/roles", body: #"{"name":"sre","role_type":"assignable","description":"SRE","max_session_duration":3600}"#)
            #expect(created.status == 201)
            let role = try #require(created.json["id"] as? String)
            let user = try await http.userID(email: "bob.hughes@example.com")
            let policy = try await http.policyID("compute-admin")
            #expect(try await http.send(.POST, "/v2/roles/\(role)/users/\(user)").status == 201)
            #expect(try await http.send(.POST, "/v2/roles/\(role)/users/\(user)").status == 400, "already assigned")
            #expect(try await http.send(.POST, "/v2/roles/\(role)/policies/\(policy)").status == 201)
            #expect((try await http.get("/v2/roles/\(role)/users").json["assignments"] as? [[String: Any]])?.first?["user_id"] as? String == user)
            #expect((try await http.get("/v2/roles/\(role)/policies").json["policies"] as? [[String: Any]])?.first?["id"] as? String == policy)
            let updated = try await http.send(.PUT, "/v2/roles/\(role)", body: #"{"description":"Site reliability"}"#)
            #expect(updated.status == 200 && updated.json["description"] as? String == "Site reliability")

            #expect(try await http.send(.DELETE, "/v2/roles/\(role)").status == 204)
            #expect(try await http.get("/v2/roles/\(role)").status == 404)
            let during = try await http.get("/v2/users/\(user)/roles").json["roles"] as? [String: Any]
            #expect(!(during?["all"] as? [[String: Any]] ?? []).contains { $0["id"] as? String == role }, "a deleted role stops applying")
            let restored = try await http.send(.PATCH, "/v2/roles/\(role)/restore")
            #expect(restored.status == 200 && restored.json["name"] as? String == "sre")
            #expect((try await http.get("/v2/roles/\(role)/users").json["assignments"] as? [Any])?.count == 1, "assignments come back")

            #expect(try await http.send(.DELETE, "/v2/roles/\(role)/users/\(user)").status == 204)
            #expect(try await http.send(.DELETE, "/v2/roles/\(role)/users/\(user)").status == 404, "not assigned")
            #expect(try await http.send(.DELETE, "/v2/roles/\(role)/policies/\(policy)").status == 204)
            let breakGlass = try await http.roleID("break-glass")
            let admins = try await http.groupID("admins")
            let refused = try await http.send(.POST, "/v2/roles/\(breakGlass)/groups/\(admins)")
            #expect(refused.status == 400 && refused.error?.contains("assumable") == true, "only assignable roles attach to groups")
        }
    }

    @Test func policiesAreValidatedAttachedAndSoftDeleted() async throws {
        try await withSandbox { http in
            let document = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"network.dns.*","Resource":"*"}]}"#
            let created = try await http.send(.POST, "/v2/policies", body: #"{"name":"dns-only","description":"DNS","policy_document":\#(document)}"#)
            #expect(created.status == 201)
            let policy = try #require(created.json["id"] as? String)
            let statement = ((created.json["policy_document"] as? [String: Any])?["Statement"] as? [[String: Any]])?.first
            #expect(statement?["Action"] as? [String] == ["network.dns.*"], "a single action is answered as a list")
            for bad in [#"{"Statement":[]}"#, #"{"Statement":[{"Effect":"Permit","Action":"x.y.Z"}]}"#,
                        #"{"Statement":[{"Effect":"Allow","Action":"not an action"}]}"#, #"{"Statement":[{"Effect":"Allow","Action":7}]}"#] {
                let reply = try await http.send(.POST, "/v2/policies", body: #"{"name":"bad","policy_document":\#(bad)}"#)
                #expect(reply.status == 400 && reply.error?.isEmpty == false, "\(bad): \(reply.text)")
            }
            let updated = try await http.send(.PUT, "/v2/policies/\(policy)", body: #"{"description":"Only DNS"}"#)
            #expect(updated.status == 202 && updated.json["description"] as? String == "Only DNS")
            let managed = try await http.policyID("FullAccess")
            #expect(try await http.send(.PUT, "/v2/policies/\(managed)", body: #"{"description":"x"}"#).status == 400)
            #expect(try await http.send(.DELETE, "/v2/policies/\(managed)").status == 400, "managed policies cannot be deleted")

            let user = try await http.userID(email: "bob.hughes@example.com")
            let group = try await http.groupID("billing")
            #expect(try await http.send(.POST, "/v2/policies/\(policy)/users/\(user)").status == 201)
            #expect(try await http.send(.POST, "/v2/policies/\(policy)/users/\(user)").status == 400)
            #expect(try await http.send(.POST, "/v2/policies/\(policy)/groups/\(group)").status == 201)
            #expect((try await http.get("/v2/policies/\(policy)/users").json["users"] as? [[String: Any]])?.first?["id"] as? String == user)
            #expect((try await http.get("/v2/policies/\(policy)/groups").json["groups"] as? [[String: Any]])?.first?["id"] as? String == group)
            let direct = try await http.get("/v2/users/\(user)/policies").json["policies"] as? [String: Any]
            #expect((direct?["direct"] as? [[String: Any]] ?? []).contains { $0["id"] as? String == policy })

            #expect(try await http.send(.DELETE, "/v2/policies/\(policy)").status == 204)
            #expect(try await http.get("/v2/policies/\(policy)").status == 404)
            #expect(try await http.send(.PATCH, "/v2/policies/\(policy)/restore").status == 202)
            #expect((try await http.get("/v2/policies/\(policy)/users").json["users"] as? [Any])?.count == 1, "attachments come back")
            #expect(try await http.send(.DELETE, "/v2/policies/\(policy)/groups/\(group)").status == 204)
            #expect(try await http.send(.DELETE, "/v2/policies/\(policy)/groups/\(group)").status == 404)
            #expect(try await http.send(.DELETE, "/v2/policies/\(policy)/users/\(user)").status == 204)
        }
    }

    @Test func roleTrustsNameAnAssumableRoleAndSoundConditions() async throws {
        try await withSandbox { http in
            let breakGlass = try await http.roleID("break-glass")
            let seeded = try await http.get("/v2/role-trusts/by-role/\(breakGlass)").json["role_trusts"] as? [[String: Any]] ?? []
            #expect(seeded.count == 1)
            let admin = try #require(seeded.first?["trusted_user_id"] as? String)
            let assumable = try await http.get("/v2/role-trusts/assumable/\(admin)").json["assumable_roles"] as? [[String: Any]] ?? []
            #expect(assumable.first?["role_id"] as? String == breakGlass)

            let user = try await http.userID(email: "bob.hughes@example.com")
            let body = #"{"role_id":"\#(breakGlass)","trust_type":"TemporaryAssumption","trusted_user_id":"\#(user)","conditions":{"time_of_day":{"start":9,"end":17},"ip_address":["192.0.2.0/24"]},"valid_until":"2030-01-01T00:00:00Z"}"#
            let created = try await http.send(.POST, "/v2/role-trusts", body: body)
            #expect(created.status == 201)
            let trust = try #require(created.json["id"] as? String)
            #expect(((created.json["conditions"] as? [String: Any])?["time_of_day"] as? [String: Any])?["end"] as? Int == 17)
            let developer = try await http.roleID("developer")
            let assignable = try await http.send(.POST, "/v2/role-trusts", body: #"{"role_id":"\#(developer)","trust_type":"TemporaryAssumption","trusted_user_id":"\#(user)"}"#)
            #expect(assignable.status == 400, "only assumable roles have trusts")
            let badHours = try await http.send(.PUT, "/v2/role-trusts/\(trust)", body: #"{"conditions":{"time_of_day":{"start":18,"end":9}}}"#)
            #expect(badHours.status == 400)
            let updated = try await http.send(.PUT, "/v2/role-trusts/\(trust)", body: #"{"valid_until":"2031-01-01T00:00:00Z"}"#)
            #expect(updated.status == 200 && (updated.json["valid_until"] as? String)?.hasPrefix("2031") == true)
            #expect(try await http.get("/v2/role-trusts/\(trust)").json["role_trust"] != nil)
            #expect(try await http.send(.DELETE, "/v2/role-trusts/\(trust)").status == 204)
            #expect(try await http.get("/v2/role-trusts/\(trust)").status == 404)
            let restored = try await http.send(.PATCH, "/v2/role-trusts/\(trust)/restore")
            #expect(restored.status == 200 && restored.json["role_trust"] != nil, "restore answers wrapped, as govultr reads it")
        }
    }

    @Test func everyListPagesWithoutSkippingOrRepeating() async throws {
        try await withSandbox(users: 200) { http in
            let org = try await http.organizationID()
            let role = try await http.roleID("developer")
            let policy = try await http.policyID("dns-editor")
            let group = try await http.groupID("developers")
            let lists: [(path: String, key: String, field: String)] = [
                ("/v2/organizations", "orgs", "id"), ("/v2/groups", "groups", "id"), ("/v2/roles", "roles", "id"),
                ("/v2/policies", "policies", "id"), ("/v2/role-trusts", "role_trusts", "id"), ("/v2/invitation", "invites", "id"),
                ("/v2/organizations/\(org)/suspended-users", "users", "id"), ("/v2/groups/\(group)/members", "members", "id"),
                ("/v2/roles/\(role)/groups", "assignments", "group_id"), ("/v2/policies/\(policy)/groups", "groups", "id"),
            ]
            for list in lists {
                let whole = try await http.walk(list.path, key: list.key, perPage: 500, field: list.field)
                let paged = try await http.walk(list.path, key: list.key, perPage: 3, field: list.field)
                #expect(paged.ids == whole.ids && Set(paged.ids).count == paged.ids.count, "\(list.path)")
                #expect(paged.ids.count == paged.total && paged.pages == max(1, (paged.total + 2) / 3), "\(list.path)")
            }
            #expect(try await http.get("/v2/groups?per_page=0").status == 400)
            #expect(try await http.get("/v2/roles?cursor=garbage").status == 400)
        }
    }

    @Test func theSeedScalesWithTheUsers() async throws {
        try await withSandbox(users: 1000) { http in
            for (path, total) in [("/v2/groups", 50), ("/v2/roles", 100), ("/v2/policies", 300)] {
                let meta = try await http.get(path + "?per_page=1").json["meta"] as? [String: Any]
                #expect(meta?["total"] as? Int == total, "\(path)")
            }
        }
    }
}
