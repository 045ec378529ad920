import Foundation
import Testing
import VultrAccess

/// A role a trust lets a user, or a group's members, assume counts as theirs until the trust
/// ends; its path names the trust and its terms.
@Suite struct TrustTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let admin = IAMPolicy(id: "p-iam", name: "iam-admin", document: PolicyDocument(statements: [
        PolicyStatement(effect: .allow, actions: ["iam.*"]),
    ]), roleIDs: ["r-glass"])
    static let boundary = IAMPolicy(id: "p-boundary", name: "boundary", document: PolicyDocument(statements: [
        PolicyStatement(effect: .deny, actions: ["iam.group.Delete"]),
    ]), groupIDs: ["g-contractors"])
    static let users = [
        IAMUser(id: "alice", email: "alice@example.com"), IAMUser(id: "bob", email: "bob@example.com"),
        IAMUser(id: "frank", email: "frank@contractor.com"),
    ]
    static let groups = [
        IAMGroup(id: "g-oncall", name: "oncall", memberIDs: ["bob"]),
        IAMGroup(id: "g-contractors", name: "contractors", memberIDs: ["frank"]),
    ]
    static let glass = IAMRole(id: "r-glass", name: "break-glass", kind: .assumable)

    func graph(_ trusts: [IAMTrust], at moment: Date? = now) -> AccessGraph {
        AccessGraph(users: Self.users, groups: Self.groups, roles: [Self.glass], policies: [Self.admin, Self.boundary],
                    trusts: trusts, at: moment)
    }

    @Test func aTrustedUserMayDoWhatTheRoleAllowsAndThePathSaysHow() throws {
        let trust = IAMTrust(id: "t-1", roleID: "r-glass", userID: "alice", validUntil: Self.now + 3_600,
                             hours: 9...17, fromAddresses: ["203.0.113.0/24"])
        let graph = graph([trust])
        let decision = try graph.decide(user: "alice", action: "iam.group.Create")
        #expect(decision.outcome == .allow)
        #expect(decision.via.map(\.description) == [
            "trust t-1 (hours 9-17 UTC, from 203.0.113.0/24, until 2027-01-15T09:00:00+00:00) → role break-glass → policy iam-admin, statement 1 (Allow iam.*)",
        ])
        #expect(try graph.decide(user: "bob", action: "iam.group.Create").outcome == .deny)
        #expect(graph.whoCan(action: "iam.group.Create").map(\.user.id) == ["alice"])
        #expect(graph.trustedRoles(ofUser: "alice").map(\.name) == ["break-glass"])
    }

    @Test func aTrustedGroupsMembersMayAssumeTheRole() throws {
        let graph = graph([IAMTrust(id: "t-2", roleID: "r-glass", groupID: "g-oncall")])
        let decision = try graph.decide(user: "bob", action: "iam.role.Create")
        #expect(decision.via.map(\.description) == [
            "group oncall → trust t-2 → role break-glass → policy iam-admin, statement 1 (Allow iam.*)",
        ])
        let statements = try graph.effectiveAccess(user: "bob").statements.map(\.path.description)
        #expect(statements == decision.via.map(\.description))
    }

    @Test func anEndedTrustGrantsNothing() throws {
        let ended = IAMTrust(id: "t-3", roleID: "r-glass", userID: "alice", validUntil: Self.now - 1)
        #expect(try graph([ended]).decide(user: "alice", action: "iam.group.Create").outcome == .deny)
        #expect(graph([ended]).trusts.isEmpty)
        // Without a moment the graph cannot tell, and keeps it.
        #expect(try graph([ended], at: nil).decide(user: "alice", action: "iam.group.Create").outcome == .allow)
    }

    @Test func aTrustNamingWhatIsNotThereIsIgnored() {
        let graph = graph([
            IAMTrust(id: "t-4", roleID: "r-gone", userID: "alice"),
            IAMTrust(id: "t-5", roleID: "r-glass", userID: "nobody"),
            IAMTrust(id: "t-6", roleID: "r-glass", groupID: "g-gone"),
            IAMTrust(id: "t-7", roleID: "r-glass"),
        ])
        #expect(graph.trusts.isEmpty)
        #expect(graph.whoCan(action: "iam.group.Create").isEmpty)
    }

    /// The reading of every path: a Deny the trustee holds wins over the role's Allow.
    @Test func aDenyTheTrusteeHoldsStillWins() throws {
        let graph = graph([IAMTrust(id: "t-8", roleID: "r-glass", userID: "frank")])
        let decision = try graph.decide(user: "frank", action: "iam.group.Delete")
        #expect(decision.outcome == .deny)
        #expect(decision.reason == "denied by group contractors → policy boundary, statement 1 (Deny iam.group.Delete)")
        #expect(try graph.decide(user: "frank", action: "iam.group.Create").outcome == .allow)
    }

    @Test func theReviewShowsTrustedRolesAndTheAdminGradeGrantThroughThem() {
        let review = AccessReview(graph: graph([IAMTrust(id: "t-9", roleID: "r-glass", userID: "alice")]), now: Self.now)
        #expect(review.rows.first { $0.userID == "alice" }?.trustedRoles == ["break-glass"])
        #expect(review.findings(.adminGrade).map(\.description) == [
            "[admin-grade] alice@example.com: allowed iam.*, which covers admin pattern iam.* "
                + "(via trust t-9 → role break-glass → policy iam-admin, statement 1 (Allow iam.*))",
        ])
    }
}
