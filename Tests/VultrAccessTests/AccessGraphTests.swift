import Testing
import VusTestSupport
import VultrAccess

@Suite struct AccessGraphTests {
    @Test func lookupsAndAttachments() {
        let graph = Fixtures.graph
        #expect(graph.user(email: "ALICE@example.com")?.id == "alice")
        #expect(graph.user(id: "ghost") == nil)
        #expect(graph.groups(ofUser: "alice").map(\.name) == ["developers"])
        #expect(graph.groupRoles(ofUser: "alice").map(\.name) == ["dev"])
        #expect(graph.roles(ofUser: "erin").map(\.name) == ["auditor"])
        #expect(graph.groupRoles(ofUser: "bob").isEmpty)  // assumable role on a group is ignored
        #expect(graph.directPolicies(ofUser: "bob").map(\.name)
                == ["dns-edit", "dns-deny", "account-all", "deny-billing", "iam-group-admin"])
        #expect(graph.members(ofGroup: "g-empty").isEmpty)  // "ghost" is not a user
        #expect(graph.isAttached(policyID: "readonly"))
        #expect(!graph.isAttached(policyID: "iam-admin"))
    }

    @Test func repeatedIDsKeepTheFirstAndRepeatedAttachmentsCountOnce() throws {
        let graph = AccessGraph(
            users: [IAMUser(id: "u", email: "first@x"), IAMUser(id: "u", email: "second@x")],
            groups: [IAMGroup(id: "g", name: "g", memberIDs: ["u", "u"])],
            policies: [Fixtures.policy("p", Fixtures.allow("*"), users: ["u", "u"], groups: ["g", "g"])])
        #expect(graph.users.map(\.email) == ["first@x"])
        #expect(graph.user(email: "second@x") == nil)
        let decision = try graph.decide(user: "u", action: "compute.instance.Read")
        #expect(decision.via.map(\.description)
                == ["policy p, statement 1 (Allow *)", "group g → policy p, statement 1 (Allow *)"])
    }
}
