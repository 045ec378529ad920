import Foundation
import Testing
import VusTestSupport
import VultrAccess

@Suite struct AccessReviewTests {
    let review = AccessReview(graph: Fixtures.graph, now: Fixtures.now)

    func lines(_ kind: ReviewFinding.Kind) -> [String] {
        review.findings(kind).map { "\($0.subject): \($0.detail)" }
    }

    @Test func inactiveAPIUsers() {
        // alice: 100 days; erin: exactly 90 days counts; owner: never active; bob: API off; carol: 1 day.
        #expect(lines(.inactiveAPIUser) == [
            "owner@example.com: API enabled, never active",
            "alice@example.com: API enabled, inactive for 100 days",
            "erin@example.com: API enabled, inactive for 90 days",
        ])
        let lenient = AccessReview(graph: Fixtures.graph, now: Fixtures.now, inactivityThreshold: 95 * Fixtures.day)
        #expect(lenient.findings(.inactiveAPIUser).map(\.subject) == ["owner@example.com", "alice@example.com"])
    }

    @Test func keysThatNeverExpire() {
        #expect(lines(.keyNeverExpires) == [#"alice@example.com: API key "ci" never expires"#])
    }

    @Test func adminGradeGrantsWithTheirPaths() {
        let admin = review.findings(.adminGrade)
        // bob's account.* covers account.user.*; his iam.group.* does not cover iam.*.
        #expect(admin.map(\.subject) == ["owner@example.com", "bob@example.com", "dave@example.com"])
        #expect(admin.map { $0.path?.description } == [
            "account owner", "policy account-all, statement 1 (Allow account.*)",
            "legacy ACL manage_users (Allow user.acl.ManageUsers)",
        ])
        #expect(admin.last?.detail == "allowed user.acl.ManageUsers, which covers admin pattern user.acl.ManageUsers")
    }

    @Test func adminGradeMeansEqualOrBroader() {
        let users = ["star", "iam", "iamgroup", "accountuser", "acl", "suspended"].map {
            IAMUser(id: $0, email: "\($0)@x", isSuspended: $0 == "suspended")
        }
        let graph = AccessGraph(users: users, policies: [
            Fixtures.policy("everything", Fixtures.allow("*"), users: ["star", "suspended"]),
            Fixtures.policy("iam", Fixtures.allow("compute.*", "IAM.*"), users: ["iam"]),
            Fixtures.policy("iam-group", Fixtures.allow("iam.group.*"), users: ["iamgroup"]),
            Fixtures.policy("users", Fixtures.allow("account.*"), Fixtures.deny("*"), users: ["accountuser"]),
            Fixtures.policy("acl", Fixtures.allow("user.acl.*", on: ["x"]), users: ["acl"]),
        ])
        let admin = AccessReview(graph: graph, now: Fixtures.now).findings(.adminGrade)
        #expect(admin.map { "\($0.subject): \($0.detail)" } == [
            "star@x: allowed *, which covers admin pattern *",
            "iam@x: allowed IAM.*, which covers admin pattern iam.*",
            "accountuser@x: allowed account.*, which covers admin pattern account.user.*",
            "acl@x: allowed user.acl.*, which covers admin pattern user.acl.ManageUsers",
            "suspended@x: allowed *, which covers admin pattern * (suspended)",
        ])
        #expect(admin.first?.path?.description == "policy everything, statement 1 (Allow *)")
    }

    @Test func suspendedMembersHoldingKeys() {
        #expect(lines(.suspendedWithKeys) == [#"carol@example.com: suspended but holds 1 API key(s): "old""#])
    }

    @Test func unattachedCustomPoliciesAndEmptyGroups() {
        #expect(lines(.unattachedPolicy) == ["iam-admin: policy is attached to no user, group or role"])
        #expect(lines(.emptyGroup) == ["nobody-home: group has no members"])
    }

    @Test func findingsAreOrderedByKindAndKindsHaveStableIDs() {
        let order = ReviewFinding.Kind.allCases
        let positions = review.findings.map { order.firstIndex(of: $0.kind)! }
        #expect(positions == positions.sorted())
        #expect(order.map(\.rawValue) == ["inactive-api-user", "key-never-expires", "admin-grade",
                                          "suspended-with-keys", "unattached-policy", "empty-group"])
        #expect(review.findings.first?.description == "[inactive-api-user] owner@example.com: API enabled, never active")
    }

    @Test func rowsPerMember() throws {
        #expect(review.rows.map(\.email) == Fixtures.users.map(\.email))
        let alice = try #require(review.rows.first { $0.userID == "alice" })
        #expect(alice.apiEnabled)
        #expect(alice.keys.map(\.name) == ["ci", "laptop"])
        #expect(alice.lastActivity == Fixtures.now - 100 * Fixtures.day)
        #expect(alice.groups == ["developers"])
        #expect(alice.roles.isEmpty)
        #expect(alice.groupRoles == ["dev"])
        let bob = try #require(review.rows.first { $0.userID == "bob" })
        #expect(bob.directPolicies == ["dns-edit", "dns-deny", "account-all", "deny-billing", "iam-group-admin"])
        #expect(!bob.apiEnabled)
        let dave = try #require(review.rows.first { $0.userID == "dave" })
        #expect(dave.unknownACLs == ["bogus"])
        #expect(review.rows.first { $0.userID == "erin" }?.roles == ["auditor"])
    }
}
