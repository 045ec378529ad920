#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An organization's access graph: users, groups, roles, policies, role trusts and
/// every attachment between them, indexed once for fast questions.
///
/// Attachments live on the entities: group→members on ``IAMGroup/memberIDs``,
/// role→users and role→groups on ``IAMRole``, policy→users, policy→groups and
/// policy→roles on ``IAMPolicy``, trustee→role on ``IAMTrust``.
///
/// Building is lenient because the data comes from a live account that may change
/// between list calls: an entity whose id repeats an earlier one is dropped (first
/// wins), attachment ids naming no entity are ignored, repeated attachments count
/// once, an assumable role attached to a group is ignored (Vultr only attaches
/// assignable roles to groups), and a trust naming a role, user or group that is not
/// there is ignored.
///
/// Questions are answered by ``decide(user:action:resource:)``,
/// ``whoCan(action:resource:)`` and ``effectiveAccess(user:)``.
public struct AccessGraph: Sendable {
    /// The users, in the order given, without id repeats.
    public let users: [IAMUser]
    /// The groups, in the order given, without id repeats.
    public let groups: [IAMGroup]
    /// The roles, in the order given, without id repeats.
    public let roles: [IAMRole]
    /// The policies, in the order given, without id repeats.
    public let policies: [IAMPolicy]
    /// The trusts in force at the moment the graph describes, in the order given, without id
    /// repeats and without those naming a role, user or group that is not in the graph.
    public let trusts: [IAMTrust]
    /// The actions wildcards are expanded against in ``effectiveAccess(user:)``.
    public let catalog: ActionCatalog
    let index: GraphIndex

    /// Builds the graph and its indexes (linear in the number of entities and attachments).
    /// A trust that has ended by `moment` is left out; without a moment, none is.
    public init(users: [IAMUser], groups: [IAMGroup] = [], roles: [IAMRole] = [],
                policies: [IAMPolicy] = [], trusts: [IAMTrust] = [], at moment: Date? = nil,
                catalog: ActionCatalog = .published) {
        self.users = Self.firstByID(users)
        self.groups = Self.firstByID(groups)
        self.roles = Self.firstByID(roles)
        self.policies = Self.firstByID(policies)
        let (userIDs, groupIDs, roleIDs) = (Set(self.users.map(\.id)), Set(self.groups.map(\.id)), Set(self.roles.map(\.id)))
        self.trusts = Self.firstByID(trusts).filter { trust in
            roleIDs.contains(trust.roleID) && (moment.map(trust.isInForce(at:)) ?? true)
                && (trust.userID.map(userIDs.contains) ?? false || trust.groupID.map(groupIDs.contains) ?? false)
        }
        self.catalog = catalog
        index = GraphIndex(users: self.users, groups: self.groups, roles: self.roles, policies: self.policies, trusts: self.trusts)
    }

    /// The user with this id.
    public func user(id: String) -> IAMUser? {
        index.userByID[id].map { users[$0] }
    }

    /// The user with this email, ignoring case.
    public func user(email: String) -> IAMUser? {
        index.userByEmail[email.lowercased()].map { users[$0] }
    }

    /// The groups the user is a member of.
    public func groups(ofUser userID: String) -> [IAMGroup] {
        guard let user = index.userByID[userID] else { return [] }
        return index.userGroups[user].map { groups[$0] }
    }

    /// The roles assigned to the user directly (not those reaching it via groups).
    public func roles(ofUser userID: String) -> [IAMRole] {
        guard let user = index.userByID[userID] else { return [] }
        return index.userRoles[user].map { roles[$0] }
    }

    /// The roles reaching the user through its groups (assignable roles only).
    public func groupRoles(ofUser userID: String) -> [IAMRole] {
        guard let user = index.userByID[userID] else { return [] }
        var seen = Set<Int>()
        return index.userGroups[user].flatMap { index.groupRoles[$0] }
            .filter { seen.insert($0).inserted }.map { roles[$0] }
    }

    /// The roles the user may assume through a trust, their groups' or their own.
    public func trustedRoles(ofUser userID: String) -> [IAMRole] {
        guard let user = index.userByID[userID] else { return [] }
        var seen = Set<Int>()
        return (index.userGroups[user].flatMap { index.groupTrusts[$0] } + index.userTrusts[user])
            .map { index.trustRoles[$0] }.filter { seen.insert($0).inserted }.map { roles[$0] }
    }

    /// The policies attached to the user directly.
    public func directPolicies(ofUser userID: String) -> [IAMPolicy] {
        guard let user = index.userByID[userID] else { return [] }
        return index.userPolicies[user].map { policies[$0] }
    }

    /// The members of a group that exist in the graph.
    public func members(ofGroup groupID: String) -> [IAMUser] {
        guard let group = index.groupByID[groupID] else { return [] }
        return index.groupMembers[group].map { users[$0] }
    }

    /// Whether the policy is attached to at least one existing user, group or role.
    public func isAttached(policyID: String) -> Bool {
        guard let policy = index.policyByID[policyID] else { return false }
        return !index.policyUsers[policy].isEmpty || !index.policyGroups[policy].isEmpty
            || !index.policyRoles[policy].isEmpty
    }

    /// The path to one statement reached by a route.
    func path(_ route: GraphIndex.Route, _ statement: CompiledStatement) -> AccessPath {
        var steps: [AccessPath.Step] = []
        steps.reserveCapacity(4)
        if let group = route.group { steps.append(.group(id: groups[group].id, name: groups[group].name)) }
        if let trust = route.trust { steps.append(trusts[trust].pathStep) }
        if let role = route.role { steps.append(.role(id: roles[role].id, name: roles[role].name)) }
        let policy = policies[route.policy]
        steps.append(.policy(id: policy.id, name: policy.name))
        return AccessPath(steps: steps, statementNumber: statement.number, statement: statement.statement)
    }

    /// Keeps the first entity of each id.
    private static func firstByID<Entity: Identifiable>(_ entities: [Entity]) -> [Entity] where Entity.ID == String {
        var seen = Set<String>()
        return entities.filter { seen.insert($0.id).inserted }
    }
}

/// Why a question could not be asked.
public enum AccessGraphError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No user has this id.
    case unknownUser(id: String)

    /// `no user with id …`.
    public var description: String {
        switch self {
        case .unknownUser(let id): "no user with id \(id)"
        }
    }
}
