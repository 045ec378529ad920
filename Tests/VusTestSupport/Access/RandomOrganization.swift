import Foundation
import VultrAccess

/// A random small organization for property tests, with the raw entity lists kept
/// so the brute-force reference can walk them without the graph's indexes.
public struct RandomOrganization: Sendable {
    public var users: [IAMUser]
    public var groups: [IAMGroup]
    public var roles: [IAMRole]
    public var policies: [IAMPolicy]
    public var trusts: [IAMTrust]
    /// The moment the graph describes: some trusts have ended by then.
    public static let moment = Date(timeIntervalSince1970: 1_800_000_000)

    /// Patterns mix case, globs in odd places and concrete names.
    public static let patterns = [
        "*", "compute.*", "compute.instance.*", "compute.instance.Delete", "COMPUTE.instance.delete",
        "*.Read", "compute.*.List", "iam.*", "iam.group.*", "iam.group.AddMember", "user.acl.*",
        "user.acl.Subscriptions", "network.dns.Update", "*Delete", "account.user.*",
    ]
    public static let questionActions = [
        "compute.instance.Delete", "compute.instance.Read", "compute.instance.List", "compute.snapshot.List",
        "iam.group.AddMember", "iam.role.Create", "user.acl.Subscriptions", "user.acl.ManageUsers",
        "user.acl.Billing", "network.dns.Update", "Compute.Instance.DELETE", "account.user.Delete",
    ]
    public static let resourceIDs = ["r1", "r2", "r3"]
    public static let aclNames = ["manage_users", "provisioning", "Billing", "dns", "bogus", "subscriptions"]

    public init(using rng: inout SplitMix64) {
        let userIDs = (0..<Int.random(in: 1...8, using: &rng)).map { "u\($0)" }
        users = userIDs.map { id in
            IAMUser(id: id, email: "\(id)@example.com", apiEnabled: rng.chance(0.5),
                    isOwner: rng.chance(0.12), isSuspended: rng.chance(0.12),
                    acls: rng.chance(0.3) ? rng.subset(Self.aclNames, chance: 0.3) : [])
        }
        // "ghost" ids exercise the lenient handling of dangling references.
        let groupIDs = (0..<Int.random(in: 0...4, using: &rng)).map { "g\($0)" }
        groups = groupIDs.map { id in
            IAMGroup(id: id, name: "group-\(id)",
                     memberIDs: rng.subset(userIDs + ["ghost"], chance: 0.4))
        }
        let roleIDs = (0..<Int.random(in: 0...4, using: &rng)).map { "r-\($0)" }
        roles = roleIDs.map { id in
            IAMRole(id: id, name: "role-\(id)", kind: rng.chance(0.7) ? .assignable : .assumable,
                    userIDs: rng.subset(userIDs, chance: 0.25),
                    groupIDs: rng.subset(groupIDs + ["ghost"], chance: 0.4))
        }
        var policies: [IAMPolicy] = []
        for number in 0..<Int.random(in: 0...6, using: &rng) {
            let statements = (0..<Int.random(in: 1...3, using: &rng)).map { _ in Self.statement(using: &rng) }
            policies.append(IAMPolicy(
                id: "p\(number)", name: "policy-\(number)", document: PolicyDocument(statements: statements),
                userIDs: rng.subset(userIDs, chance: 0.2),
                groupIDs: rng.subset(groupIDs, chance: 0.35),
                roleIDs: rng.subset(roleIDs + ["ghost"], chance: 0.35)))
        }
        self.policies = policies
        // Trusts of users or groups (ghosts among them) in roles (a ghost among them), some ended.
        trusts = (0..<Int.random(in: 0...3, using: &rng)).map { number in
            let trustsAGroup = !groupIDs.isEmpty && rng.chance(0.4)
            return IAMTrust(
                id: "t\(number)", roleID: rng.pick(roleIDs + ["ghost"]),
                userID: trustsAGroup ? nil : rng.pick(userIDs + ["ghost"]),
                groupID: trustsAGroup ? rng.pick(groupIDs + ["ghost"]) : nil,
                validUntil: rng.chance(0.5) ? nil : Self.moment + (rng.chance(0.5) ? 3_600 : -3_600),
                hours: rng.chance(0.3) ? 9...17 : nil)
        }
    }

    public static func statement(using rng: inout SplitMix64) -> PolicyStatement {
        let actions = (0..<Int.random(in: 1...2, using: &rng)).map { _ in rng.pick(patterns) }
        let resources: [String]
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<5: resources = ["*"]
        case 5..<8:
            let some = rng.subset(resourceIDs, chance: 0.5)
            resources = some.isEmpty ? [rng.pick(resourceIDs)] : some
        case 8: resources = [rng.pick(resourceIDs), "*"]
        default: resources = []
        }
        return PolicyStatement(effect: rng.chance(0.3) ? .deny : .allow, actions: actions, resources: resources)
    }

    public var graph: AccessGraph {
        AccessGraph(users: users, groups: groups, roles: roles, policies: policies, trusts: trusts, at: Self.moment)
    }

    /// A random question: user id, action, optional resource (sometimes one no statement names).
    public func question(using rng: inout SplitMix64) -> (user: String, action: String, resource: String?) {
        let resource: String? = rng.chance(0.4) ? nil : rng.pick(Self.resourceIDs + ["r4"])
        return (rng.pick(users).id, rng.pick(Self.questionActions), resource)
    }
}
