#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An access review of an organization at a moment: findings plus one row per member.
///
/// Choices where Vultr leaves room:
/// - Inactivity: API on and no activity for ``inactivityThreshold`` (90 days by
///   default) or more; a user never active (`lastActivity == nil`) is inactive.
///   Suspended and service users are included — an idle key is a risk either way.
/// - Admin-grade: some applicable Allow statement has an action pattern equal to or
///   broader than one of ``adminPatterns`` (so `iam.*` counts, `iam.group.*` does
///   not). One finding per such statement, with its path. Deny statements are not
///   subtracted (a review wants to see who holds the grant), the owner is reported
///   via "account owner", and suspended users are reported too, marked in the detail.
/// - Unattached policies: only custom policies; Vultr's system policies are a
///   shared library that is normally unattached.
public struct AccessReview: Sendable {
    /// The patterns that make a grant admin-grade.
    public static let adminPatterns: [ActionPattern] = ["*", "iam.*", "account.user.*", "user.acl.ManageUsers"]
    /// The default inactivity threshold: 90 days.
    public static let defaultInactivityThreshold: TimeInterval = 90 * 24 * 60 * 60

    /// The moment the review describes.
    public let now: Date
    /// How long without activity makes an API user inactive.
    public let inactivityThreshold: TimeInterval
    /// The findings, grouped by kind in ``ReviewFinding/Kind`` order, then graph order.
    public let findings: [ReviewFinding]
    /// One row per member, in graph order.
    public let rows: [ReviewRow]

    /// Reviews the graph as of `now`.
    public init(graph: AccessGraph, now: Date, inactivityThreshold: TimeInterval = defaultInactivityThreshold) {
        self.now = now
        self.inactivityThreshold = inactivityThreshold
        var byKind: [ReviewFinding.Kind: [ReviewFinding]] = [:]
        func add(_ finding: ReviewFinding) { byKind[finding.kind, default: []].append(finding) }

        for (position, user) in graph.users.enumerated() {
            if user.apiEnabled {
                if let last = user.lastActivity {
                    let idle = now.timeIntervalSince(last)
                    if idle >= inactivityThreshold {
                        add(.init(kind: .inactiveAPIUser, subject: user.email,
                                  detail: "API enabled, inactive for \(Int(idle / 86_400)) days"))
                    }
                } else {
                    add(.init(kind: .inactiveAPIUser, subject: user.email, detail: "API enabled, never active"))
                }
            }
            for key in user.apiKeys where key.dateExpire == nil {
                add(.init(kind: .keyNeverExpires, subject: user.email, detail: "API key \"\(key.name)\" never expires"))
            }
            for path in graph.statementPaths(ofUser: position) where path.effect == .allow {
                if let detail = Self.adminDetail(path.statement) {
                    add(.init(kind: .adminGrade, subject: user.email,
                              detail: user.isSuspended ? detail + " (suspended)" : detail, path: path))
                }
            }
            if user.isSuspended, !user.apiKeys.isEmpty {
                let names = user.apiKeys.map { "\"\($0.name)\"" }.joined(separator: ", ")
                add(.init(kind: .suspendedWithKeys, subject: user.email,
                          detail: "suspended but holds \(user.apiKeys.count) API key(s): \(names)"))
            }
        }
        for policy in graph.policies where !policy.isSystemPolicy && !graph.isAttached(policyID: policy.id) {
            add(.init(kind: .unattachedPolicy, subject: policy.name,
                      detail: "policy is attached to no user, group or role"))
        }
        for group in graph.groups where graph.members(ofGroup: group.id).isEmpty {
            add(.init(kind: .emptyGroup, subject: group.name, detail: "group has no members"))
        }
        findings = ReviewFinding.Kind.allCases.flatMap { byKind[$0] ?? [] }

        rows = graph.users.map { user in
            ReviewRow(userID: user.id, email: user.email, apiEnabled: user.apiEnabled, isOwner: user.isOwner,
                      isSuspended: user.isSuspended, isServiceUser: user.isServiceUser, keys: user.apiKeys,
                      lastActivity: user.lastActivity,
                      groups: graph.groups(ofUser: user.id).map(\.name),
                      roles: graph.roles(ofUser: user.id).map(\.name),
                      groupRoles: graph.groupRoles(ofUser: user.id).map(\.name),
                      trustedRoles: graph.trustedRoles(ofUser: user.id).map(\.name),
                      directPolicies: graph.directPolicies(ofUser: user.id).map(\.name),
                      acls: user.acls)
        }
    }

    /// The findings of one kind.
    public func findings(_ kind: ReviewFinding.Kind) -> [ReviewFinding] {
        findings.filter { $0.kind == kind }
    }

    /// Whether an Allow statement is admin-grade, and if so a detail naming the
    /// pattern and the admin pattern it covers.
    static func adminDetail(_ statement: PolicyStatement) -> String? {
        guard statement.effect == .allow else { return nil }
        for text in statement.actions {
            let pattern = ActionPattern(text)
            if let covered = adminPatterns.first(where: { pattern.covers($0) }) {
                return "allowed \(text), which covers admin pattern \(covered)"
            }
        }
        return nil
    }
}
