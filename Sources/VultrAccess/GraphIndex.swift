/// Integer-indexed adjacency built once from an ``AccessGraph``'s entities, so
/// queries never search lists by id.
///
/// Attachments are resolved leniently: ids that name no entity are dropped, repeats
/// are counted once, and an assumable role's group attachments are ignored (Vultr
/// only attaches assignable roles to groups, so such data can only be stale). A trust
/// whose role, or whose trusted user or group, is not in the graph is dropped.
struct GraphIndex: Sendable {
    /// Where a policy reaches a user from: directly, via a group, via a role (assigned, or
    /// assumable through a trust), or via such a role of a group.
    struct Route: Sendable {
        let group: Int?
        let trust: Int?
        let role: Int?
        let policy: Int

        init(group: Int? = nil, trust: Int? = nil, role: Int? = nil, policy: Int) {
            self.group = group
            self.trust = trust
            self.role = role
            self.policy = policy
        }
    }

    let userByID: [String: Int]
    let userByEmail: [String: Int]
    let groupByID: [String: Int]
    let roleByID: [String: Int]
    let policyByID: [String: Int]

    var userPolicies: [[Int]]
    var userGroups: [[Int]]
    var userRoles: [[Int]]
    /// The trusts naming the user themself.
    var userTrusts: [[Int]]
    /// Indexes into ``knownACLs`` of each user's documented ACLs.
    let userACLs: [[Int]]

    var groupPolicies: [[Int]]
    var groupRoles: [[Int]]
    /// The trusts naming the group, for its members.
    var groupTrusts: [[Int]]
    let groupMembers: [[Int]]

    var rolePolicies: [[Int]]
    let roleUsers: [[Int]]
    let roleGroups: [[Int]]

    let policyUsers: [[Int]]
    let policyGroups: [[Int]]
    let policyRoles: [[Int]]
    let statements: [[CompiledStatement]]
    /// Per trust: the role it lets its trustees assume (``AccessGraph/trusts`` keeps only
    /// trusts whose role and trustee are in the graph).
    let trustRoles: [Int]

    /// Every documented ACL, in name order, with its compiled synthetic statement and
    /// its path (named in Vultr's lower-case spelling, whatever the user record says).
    static let knownACLs: [(acl: LegacyACL, statement: CompiledStatement, path: AccessPath)] =
        LegacyACL.actionByName.keys.sorted().compactMap { name in
            let acl = LegacyACL(name)
            guard let statement = acl.statement, let path = AccessPath.legacyACL(acl) else { return nil }
            return (acl, CompiledStatement(number: nil, statement: statement), path)
        }
    static let knownACLByName: [String: Int] = Dictionary(
        uniqueKeysWithValues: knownACLs.enumerated().map { ($1.acl.name, $0) })

    init(users: [IAMUser], groups: [IAMGroup], roles: [IAMRole], policies: [IAMPolicy], trusts: [IAMTrust]) {
        userByID = Self.positions(users.map(\.id))
        userByEmail = Self.positions(users.map { $0.email.lowercased() })
        groupByID = Self.positions(groups.map(\.id))
        roleByID = Self.positions(roles.map(\.id))
        policyByID = Self.positions(policies.map(\.id))

        userPolicies = Array(repeating: [], count: users.count)
        userGroups = userPolicies
        userRoles = userPolicies
        userTrusts = userPolicies
        groupPolicies = Array(repeating: [], count: groups.count)
        groupRoles = groupPolicies
        groupTrusts = groupPolicies
        rolePolicies = Array(repeating: [], count: roles.count)

        userACLs = users.map { user in
            var seen = Set<Int>()
            return user.acls.compactMap { Self.knownACLByName[$0.lowercased()] }.filter { seen.insert($0).inserted }
        }

        let userByID = userByID, groupByID = groupByID, roleByID = roleByID
        groupMembers = groups.map { Self.resolve($0.memberIDs, userByID) }
        roleUsers = roles.map { Self.resolve($0.userIDs, userByID) }
        roleGroups = roles.map { $0.kind == .assignable ? Self.resolve($0.groupIDs, groupByID) : [] }
        policyUsers = policies.map { Self.resolve($0.userIDs, userByID) }
        policyGroups = policies.map { Self.resolve($0.groupIDs, groupByID) }
        policyRoles = policies.map { Self.resolve($0.roleIDs, roleByID) }
        statements = policies.map { policy in
            policy.document.statements.enumerated().map { CompiledStatement(number: $0 + 1, statement: $1) }
        }
        trustRoles = trusts.map { roleByID[$0.roleID]! }

        // Invert the attachments; iterating in entity order keeps every list in that order.
        for (group, members) in groupMembers.enumerated() {
            for user in members { userGroups[user].append(group) }
        }
        for role in roles.indices {
            for user in roleUsers[role] { userRoles[user].append(role) }
            for group in roleGroups[role] { groupRoles[group].append(role) }
        }
        for (trust, terms) in trusts.enumerated() {
            if let user = terms.userID.flatMap({ userByID[$0] }) { userTrusts[user].append(trust) }
            if let group = terms.groupID.flatMap({ groupByID[$0] }) { groupTrusts[group].append(trust) }
        }
        for policy in policies.indices {
            for user in policyUsers[policy] { userPolicies[user].append(policy) }
            for group in policyGroups[policy] { groupPolicies[group].append(policy) }
            for role in policyRoles[policy] { rolePolicies[role].append(policy) }
        }
    }

    /// Calls `body` for every route by which a policy reaches the user: direct
    /// policies, then per group its policies, its roles' policies and the policies of
    /// the roles it is trusted with, then the user's own roles, then the roles the user
    /// is trusted with.
    func forEachRoute(ofUser user: Int, _ body: (Route) -> Void) {
        for policy in userPolicies[user] { body(Route(policy: policy)) }
        for group in userGroups[user] {
            for policy in groupPolicies[group] { body(Route(group: group, policy: policy)) }
            for role in groupRoles[group] {
                for policy in rolePolicies[role] { body(Route(group: group, role: role, policy: policy)) }
            }
            for trust in groupTrusts[group] {
                let role = trustRoles[trust]
                for policy in rolePolicies[role] { body(Route(group: group, trust: trust, role: role, policy: policy)) }
            }
        }
        for role in userRoles[user] {
            for policy in rolePolicies[role] { body(Route(role: role, policy: policy)) }
        }
        for trust in userTrusts[user] {
            let role = trustRoles[trust]
            for policy in rolePolicies[role] { body(Route(trust: trust, role: role, policy: policy)) }
        }
    }

    /// id → first position; later duplicates are ignored.
    private static func positions(_ ids: [String]) -> [String: Int] {
        var map: [String: Int] = [:]
        map.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where map[id] == nil { map[id] = position }
        return map
    }

    /// Known ids → positions, each at most once, in the order given.
    private static func resolve(_ ids: [String], _ map: [String: Int]) -> [Int] {
        var seen = Set<Int>()
        return ids.compactMap { map[$0] }.filter { seen.insert($0).inserted }
    }
}
