import Testing
import VusTestSupport
import VultrAccess

@Suite struct EffectiveAccessTests {
    let graph = Fixtures.graph

    @Test func flattensStatementsWithPathsAndExpandsWildcards() throws {
        let access = try graph.effectiveAccess(user: "alice")
        #expect(access.statements.map(\.path.description) == [
            "group developers → policy no-delete-prod, statement 1 (Deny compute.instance.Delete on i-prod)",
            "group developers → role dev → policy compute-admin, statement 1 (Allow compute.*)",
        ])
        #expect(access.denies.first?.coveredActions == ["compute.instance.Delete"])
        let compute = try #require(access.allows.first)
        #expect(compute.coveredActions.count == 22)
        #expect(compute.coveredActions.allSatisfy { $0.hasPrefix("compute.") })
        #expect(access.apiEnabled)
    }

    @Test func includesOwnerACLsAndKeepsUnknownConcreteActions() throws {
        let owner = try graph.effectiveAccess(user: "owner")
        #expect(owner.statements.first?.path == .accountOwner)
        #expect(owner.statements.first?.coveredActions.count == ActionCatalog.published.actions.count)

        let dave = try graph.effectiveAccess(user: "dave")
        #expect(dave.statements.map(\.path.description) == [
            "legacy ACL provisioning (Allow user.acl.Provisioning, user.acl.Subscriptions, user.acl.SubscriptionsView)",
            "legacy ACL manage_users (Allow user.acl.ManageUsers)",
        ])

        let custom = AccessGraph(users: [IAMUser(id: "u", email: "u@x")], policies: [
            Fixtures.policy("p", Fixtures.allow("made.up.Thing", "COMPUTE.iso.create", "compute.iso.Create"), users: ["u"]),
        ])
        #expect(try custom.effectiveAccess(user: "u").statements.first?.coveredActions
                == ["made.up.Thing", "compute.iso.Create"])
    }

    @Test func suspendedUsersStillListTheirStatements() throws {
        let carol = try graph.effectiveAccess(user: "carol")
        #expect(carol.isSuspended)
        #expect(carol.statements.count == 2)
    }

    @Test func unknownUserThrows() {
        #expect(throws: AccessGraphError.self) { try graph.effectiveAccess(user: "ghost") }
    }
}
