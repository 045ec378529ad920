import Foundation
import VultrAccess

/// A small hand-made organization exercising every rule.
///
/// - owner: account owner, API on, never active
/// - alice: group developers (→ role dev → compute-admin; no-delete-prod), API on, key without expiry
/// - bob: policies dns-edit, dns-deny, account-all, deny-billing, iam-group-admin; ACL billing
/// - carol: suspended, in developers, holds a key
/// - dave: ACLs provisioning, manage_users, bogus
/// - erin: assumable role auditor (→ readonly) directly; ops group also lists auditor (ignored)
public enum Fixtures {
    public static let now = Date(timeIntervalSince1970: 1_780_000_000)
    public static let day: TimeInterval = 86_400

    public static func allow(_ actions: String..., on resources: [String] = ["*"]) -> PolicyStatement {
        PolicyStatement(effect: .allow, actions: actions, resources: resources)
    }

    public static func deny(_ actions: String..., on resources: [String] = ["*"]) -> PolicyStatement {
        PolicyStatement(effect: .deny, actions: actions, resources: resources)
    }

    public static func policy(_ id: String, _ statements: PolicyStatement..., users: [String] = [],
                       groups: [String] = [], roles: [String] = [], system: Bool = false) -> IAMPolicy {
        IAMPolicy(id: id, name: id, isSystemPolicy: system, document: PolicyDocument(statements: statements),
                  userIDs: users, groupIDs: groups, roleIDs: roles)
    }

    public static let users: [IAMUser] = [
        IAMUser(id: "owner", email: "owner@example.com", apiEnabled: true, isOwner: true),
        IAMUser(id: "alice", email: "alice@example.com", apiEnabled: true, lastActivity: now - 100 * day,
                apiKeys: [UserAPIKey(name: "ci"), UserAPIKey(name: "laptop", dateExpire: now + 30 * day)]),
        IAMUser(id: "bob", email: "bob@example.com", apiEnabled: false, acls: ["billing"],
                lastActivity: now - 10 * day),
        IAMUser(id: "carol", email: "carol@example.com", apiEnabled: true, isSuspended: true,
                lastActivity: now - 1 * day, apiKeys: [UserAPIKey(name: "old", dateExpire: now + day)]),
        IAMUser(id: "dave", email: "dave@example.com", acls: ["provisioning", "manage_users", "bogus"]),
        IAMUser(id: "erin", email: "erin@example.com", apiEnabled: true, lastActivity: now - 90 * day),
    ]

    public static let groups: [IAMGroup] = [
        IAMGroup(id: "g-dev", name: "developers", memberIDs: ["alice", "carol"]),
        IAMGroup(id: "g-ops", name: "ops", memberIDs: ["bob"]),
        IAMGroup(id: "g-empty", name: "nobody-home", memberIDs: ["ghost"]),
    ]

    public static let roles: [IAMRole] = [
        IAMRole(id: "r-dev", name: "dev", kind: .assignable, groupIDs: ["g-dev"]),
        IAMRole(id: "r-audit", name: "auditor", kind: .assumable, userIDs: ["erin"], groupIDs: ["g-ops"]),
    ]

    public static let policies: [IAMPolicy] = [
        policy("compute-admin", allow("compute.*"), roles: ["r-dev"]),
        policy("no-delete-prod", deny("compute.instance.Delete", on: ["i-prod"]), groups: ["g-dev"]),
        policy("dns-edit", allow("network.dns.*", on: ["d-1", "d-2"]), users: ["bob"]),
        policy("dns-deny", deny("network.dns.Delete", on: ["d-2"]), users: ["bob"]),
        policy("account-all", allow("account.*"), users: ["bob"]),
        policy("deny-billing", deny("account.billing.Read"), users: ["bob"]),
        policy("iam-group-admin", allow("iam.group.*"), users: ["bob"]),
        policy("readonly", allow("*.Read", "*.List"), roles: ["r-audit"]),
        policy("iam-admin", allow("iam.*")),
        policy("vultr-managed", allow("*"), system: true),
    ]

    public static let graph = AccessGraph(users: users, groups: groups, roles: roles, policies: policies)
}
