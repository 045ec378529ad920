import Testing
import VusTestSupport
import VultrAccess

/// One test per rule of the evaluator, on the hand-made organization in `Fixtures`.
@Suite struct AccessRulesTests {
    let graph = Fixtures.graph

    func decide(_ user: String, _ action: String, _ resource: String? = nil) throws -> AccessDecision {
        try graph.decide(user: user, action: action, resource: resource)
    }

    @Test func groupRolePolicyAllows() throws {
        let decision = try decide("alice", "compute.instance.Create")
        #expect(decision.outcome == .allow)
        #expect(decision.via.map(\.description)
                == ["group developers → role dev → policy compute-admin, statement 1 (Allow compute.*)"])
        #expect(decision.reason == "allowed by group developers → role dev → policy compute-admin, statement 1 (Allow compute.*)")
        #expect(decision.apiEnabled)
    }

    @Test func denyBeatsAllowOnTheNamedResource() throws {
        let decision = try decide("alice", "compute.instance.Delete", "i-prod")
        #expect(decision.outcome == .deny)
        #expect(decision.reason
                == "denied by group developers → policy no-delete-prod, statement 1 (Deny compute.instance.Delete on i-prod)")
        #expect(decision.via.count == 1)
        #expect(try decide("alice", "compute.instance.Delete", "i-dev").outcome == .allow)
    }

    @Test func unscopedAllowWithSpecificDenyNamesTheException() throws {
        let decision = try decide("alice", "compute.instance.Delete")
        #expect(decision.outcome == .allow)
        #expect(decision.reason.hasSuffix("; except resources denied specifically: i-prod"))
        #expect(decision.exceptions == ["i-prod"])
        #expect(try decide("alice", "compute.instance.Delete", "i-dev").exceptions.isEmpty, "a question about one resource has none")
    }

    @Test func denyEverywhereBeatsAllowEverywhere() throws {
        let decision = try decide("bob", "account.billing.Read")
        #expect(decision.outcome == .deny)
        #expect(decision.via.map(\.description) == ["policy deny-billing, statement 1 (Deny account.billing.Read)"])
        #expect(try decide("bob", "account.bandwidth.Read").outcome == .allow)
    }

    @Test func scopedAllowsGivePartialMinusSpecificDenies() throws {
        #expect(try decide("bob", "network.dns.Update").outcome == .partial(resources: ["d-1", "d-2"]))
        let delete = try decide("bob", "network.dns.Delete")
        #expect(delete.outcome == .partial(resources: ["d-1"]))
        #expect(delete.reason.hasPrefix("allowed only on d-1; allowed by policy dns-edit, statement 1"))
        #expect(delete.via.map(\.description) == ["policy dns-edit, statement 1 (Allow network.dns.* on d-1, d-2)"])
        #expect(try decide("bob", "network.dns.Delete", "d-2").outcome == .deny)
        #expect(try decide("bob", "network.dns.Delete", "d-1").outcome == .allow)
        let elsewhere = try decide("bob", "network.dns.Delete", "d-3")
        #expect(elsewhere.outcome == .deny)
        #expect(elsewhere.reason == "no statement allows it")
        #expect(elsewhere.via.isEmpty)
    }

    @Test func everyAllowedIDDeniedIsADeny() throws {
        let graph = AccessGraph(users: [IAMUser(id: "u", email: "u@x")], policies: [
            Fixtures.policy("a", Fixtures.allow("dns.zone.Edit", on: ["z1"]), users: ["u"]),
            Fixtures.policy("d", Fixtures.deny("dns.zone.Edit", on: ["z1", "z2"]), users: ["u"]),
        ])
        let decision = try graph.decide(user: "u", action: "dns.zone.Edit")
        #expect(decision.outcome == .deny)
        #expect(decision.reason == "denied by policy d, statement 1 (Deny dns.zone.Edit on z1, z2) on every resource it is allowed on")
    }

    @Test func noStatementMeansDeny() throws {
        let decision = try decide("alice", "iam.group.Create")
        #expect(decision.outcome == .deny)
        #expect(decision.reason == "no statement allows it")
        #expect(decision.via.isEmpty)
    }

    @Test func actionsMatchIgnoringCase() throws {
        #expect(try decide("alice", "COMPUTE.Instance.create").outcome == .allow)
    }

    @Test func suspendedMayDoNothing() throws {
        let decision = try decide("carol", "compute.instance.Create")
        #expect(decision.outcome == .deny)
        #expect(decision.reason == "suspended")
        #expect(decision.apiEnabled)
    }

    @Test func ownerMayDoAnythingUnlessSuspended() throws {
        let decision = try decide("owner", "iam.role.Delete", "r-anything")
        #expect(decision.outcome == .allow)
        #expect(decision.reason == "account owner")
        #expect(decision.via == [.accountOwner])
        let both = AccessGraph(users: [IAMUser(id: "o", email: "o@x", isOwner: true, isSuspended: true)])
        #expect(try both.decide(user: "o", action: "compute.instance.Read").reason == "suspended")
    }

    @Test func legacyACLsGrantTheirActions() throws {
        let subscriptions = try decide("dave", "user.acl.subscriptions")
        #expect(subscriptions.outcome == .allow)
        #expect(subscriptions.via.map(\.description)
                == ["legacy ACL provisioning (Allow user.acl.Provisioning, user.acl.Subscriptions, user.acl.SubscriptionsView)"])
        #expect(try decide("dave", "user.acl.ManageUsers").outcome == .allow)
        #expect(try decide("dave", "user.acl.Billing").outcome == .deny)
        #expect(try decide("bob", "user.acl.Billing").outcome == .allow)
    }

    @Test func assumableRoleCountsForUsersButNotForGroups() throws {
        #expect(try decide("erin", "compute.instance.Read").via.map(\.description)
                == ["role auditor → policy readonly, statement 1 (Allow *.Read, *.List)"])
        // ops lists the assumable auditor role; Vultr would not allow that, so bob gets nothing from it.
        #expect(try decide("bob", "compute.instance.Read").outcome == .deny)
    }

    @Test func apiFlagIsCarriedButDoesNotDecide() throws {
        let bob = try decide("bob", "account.bandwidth.Read")
        #expect(bob.outcome == .allow)
        #expect(!bob.apiEnabled)
        #expect(try decide("alice", "iam.group.Create").apiEnabled)
    }

    @Test func everyAllowingPathIsCited() throws {
        let graph = AccessGraph(
            users: [IAMUser(id: "u", email: "u@x", acls: ["manage_users"])],
            groups: [IAMGroup(id: "g", name: "admins", memberIDs: ["u"])],
            roles: [IAMRole(id: "r", name: "boss", userIDs: ["u"], groupIDs: ["g"])],
            policies: [Fixtures.policy("p", Fixtures.allow("user.acl.*"), Fixtures.allow("*"),
                                       users: ["u"], groups: ["g"], roles: ["r"])])
        let decision = try graph.decide(user: "u", action: "user.acl.ManageUsers")
        #expect(decision.via.map(\.description) == [
            "policy p, statement 1 (Allow user.acl.*)", "policy p, statement 2 (Allow *)",
            "group admins → policy p, statement 1 (Allow user.acl.*)", "group admins → policy p, statement 2 (Allow *)",
            "group admins → role boss → policy p, statement 1 (Allow user.acl.*)",
            "group admins → role boss → policy p, statement 2 (Allow *)",
            "role boss → policy p, statement 1 (Allow user.acl.*)", "role boss → policy p, statement 2 (Allow *)",
            "legacy ACL manage_users (Allow user.acl.ManageUsers)",
        ])
        #expect(decision.reason == "allowed by policy p, statement 1 (Allow user.acl.*) and 8 more")
    }

    @Test func emptyResourceListAppliesToNothing() throws {
        let graph = AccessGraph(users: [IAMUser(id: "u", email: "u@x")], policies: [
            Fixtures.policy("p", Fixtures.allow("*", on: []), Fixtures.deny("*", on: []), users: ["u"]),
        ])
        #expect(try graph.decide(user: "u", action: "compute.instance.Read").reason == "no statement allows it")
        #expect(try graph.decide(user: "u", action: "compute.instance.Read", resource: "x").reason == "no statement allows it")
    }

    @Test func unknownUserThrows() {
        #expect(throws: AccessGraphError.unknownUser(id: "nobody")) {
            try graph.decide(user: "nobody", action: "compute.instance.Read")
        }
    }
}
