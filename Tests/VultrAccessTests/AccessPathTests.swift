import Testing
import VultrAccess

@Suite struct AccessPathTests {
    @Test func describesAGroupRolePolicyChain() {
        let path = AccessPath(
            steps: [.group(id: "g1", name: "developers"), .role(id: "r1", name: "dev"),
                    .policy(id: "p1", name: "compute-admin")],
            statementNumber: 1, statement: PolicyStatement(effect: .allow, actions: ["compute.*"]))
        #expect(path.description == "group developers → role dev → policy compute-admin, statement 1 (Allow compute.*)")
        #expect(path.effect == .allow)
    }

    @Test func describesScopedAndDirectStatements() {
        let path = AccessPath(steps: [.policy(id: "p", name: "no-prod")], statementNumber: 3,
                              statement: PolicyStatement(effect: .deny, actions: ["compute.instance.Delete"],
                                                         resources: ["i-1", "i-2"]))
        #expect(path.description == "policy no-prod, statement 3 (Deny compute.instance.Delete on i-1, i-2)")
    }

    @Test func describesOwnerAndACL() {
        #expect(AccessPath.accountOwner.description == "account owner")
        #expect(AccessPath.legacyACL(LegacyACL("provisioning"))?.description
                == "legacy ACL provisioning (Allow user.acl.Provisioning, user.acl.Subscriptions, user.acl.SubscriptionsView)")
    }

    @Test func prefixingAndEquality() {
        let inner = AccessPath(steps: [.policy(id: "p", name: "p")], statementNumber: 1,
                               statement: PolicyStatement(effect: .allow, actions: ["*"]))
        let outer = inner.prefixed(by: .role(id: "r", name: "admins"))
        #expect(outer.steps == [.role(id: "r", name: "admins"), .policy(id: "p", name: "p")])
        #expect(outer == AccessPath(steps: outer.steps, statementNumber: 1, statement: inner.statement))
        #expect(outer != inner)
        #expect(Set([outer, inner, outer.prefixed(by: .group(id: "g", name: "g"))]).count == 3)
    }
}
