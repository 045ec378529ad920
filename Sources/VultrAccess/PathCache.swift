/// Which matching statements a decision cites.
enum PathFilter: Int, CaseIterable, Sendable {
    case allows, denies, unscopedDenies, scopedAllows, scopedDenies

    func accepts(_ statement: CompiledStatement) -> Bool {
        switch self {
        case .allows: statement.effect == .allow
        case .denies: statement.effect == .deny
        case .unscopedDenies: statement.effect == .deny && statement.coversAllResources
        case .scopedAllows: statement.effect == .allow && !statement.coversAllResources
        case .scopedDenies: statement.effect == .deny && !statement.coversAllResources
        }
    }
}

/// Paths for one question, memoised per policy, role, trust and group.
///
/// A path like `group g → role r → policy p, statement n` does not depend on the
/// user, so "who can" builds each once and every member shares it; without this,
/// building paths and their descriptions per user dominated the cost.
struct PathCache {
    /// The cited paths of one policy, role or group, and the first one's text.
    struct Entry {
        var paths: [AccessPath] = []
        var firstDescription: String?

        mutating func append(_ path: AccessPath) {
            if paths.isEmpty { firstDescription = path.description }
            paths.append(path)
        }
    }

    let graph: AccessGraph
    let match: QueryMatch
    /// Indexed [filter][entity]; a filter's row is allocated on first use.
    private var policies: [[Entry?]]
    private var roles: [[Entry?]]
    private var trusts: [[Entry?]]
    private var groups: [[Entry?]]

    init(graph: AccessGraph, match: QueryMatch) {
        self.graph = graph
        self.match = match
        let rows = PathFilter.allCases.count
        policies = Array(repeating: [], count: rows)
        roles = policies
        trusts = policies
        groups = policies
    }

    /// The paths of a directly attached policy.
    mutating func policy(_ policy: Int, _ filter: PathFilter) -> Entry {
        if policies[filter.rawValue].isEmpty { policies[filter.rawValue] = Array(repeating: nil, count: graph.policies.count) }
        if let cached = policies[filter.rawValue][policy] { return cached }
        var entry = Entry()
        let statements = graph.index.statements[policy]
        for offset in match.policyHits[policy] where filter.accepts(statements[offset]) {
            entry.append(graph.path(.init(policy: policy), statements[offset]))
        }
        policies[filter.rawValue][policy] = entry
        return entry
    }

    /// The paths through a role (its policies, prefixed by the role).
    mutating func role(_ role: Int, _ filter: PathFilter) -> Entry {
        if roles[filter.rawValue].isEmpty { roles[filter.rawValue] = Array(repeating: nil, count: graph.roles.count) }
        if let cached = roles[filter.rawValue][role] { return cached }
        var entry = Entry()
        if match.roleSummaries[role].flags != [] {
            let step = AccessPath.Step.role(id: graph.roles[role].id, name: graph.roles[role].name)
            for policy in graph.index.rolePolicies[role] {
                for path in self.policy(policy, filter).paths { entry.append(path.prefixed(by: step)) }
            }
        }
        roles[filter.rawValue][role] = entry
        return entry
    }

    /// The paths through a trust (its role's, prefixed by the trust).
    mutating func trust(_ trust: Int, _ filter: PathFilter) -> Entry {
        if trusts[filter.rawValue].isEmpty { trusts[filter.rawValue] = Array(repeating: nil, count: graph.trusts.count) }
        if let cached = trusts[filter.rawValue][trust] { return cached }
        var entry = Entry()
        let step = graph.trusts[trust].pathStep
        for path in role(graph.index.trustRoles[trust], filter).paths { entry.append(path.prefixed(by: step)) }
        trusts[filter.rawValue][trust] = entry
        return entry
    }

    /// The paths through a group (its policies, its roles, then the roles it is trusted with,
    /// prefixed by the group).
    mutating func group(_ group: Int, _ filter: PathFilter) -> Entry {
        if groups[filter.rawValue].isEmpty { groups[filter.rawValue] = Array(repeating: nil, count: graph.groups.count) }
        if let cached = groups[filter.rawValue][group] { return cached }
        var entry = Entry()
        if match.groupSummaries[group].flags != [] {
            let step = AccessPath.Step.group(id: graph.groups[group].id, name: graph.groups[group].name)
            for policy in graph.index.groupPolicies[group] {
                for path in self.policy(policy, filter).paths { entry.append(path.prefixed(by: step)) }
            }
            for role in graph.index.groupRoles[group] {
                for path in self.role(role, filter).paths { entry.append(path.prefixed(by: step)) }
            }
            for trust in graph.index.groupTrusts[group] {
                for path in self.trust(trust, filter).paths { entry.append(path.prefixed(by: step)) }
            }
        }
        groups[filter.rawValue][group] = entry
        return entry
    }

    /// Every cited path of a user, in route order then legacy ACLs, with the first
    /// path's description (for the reason text).
    mutating func paths(ofUser user: Int, _ filter: PathFilter) -> Entry {
        let index = graph.index
        var result = Entry()
        func add(_ entry: Entry) {
            guard !entry.paths.isEmpty else { return }
            if result.paths.isEmpty {
                result = entry  // shares the cached array; most users need no concatenation
            } else {
                result.paths += entry.paths
            }
        }
        for policy in index.userPolicies[user] { add(self.policy(policy, filter)) }
        for group in index.userGroups[user] { add(self.group(group, filter)) }
        for role in index.userRoles[user] { add(self.role(role, filter)) }
        for trust in index.userTrusts[user] { add(self.trust(trust, filter)) }
        for acl in index.userACLs[user] where match.aclMatches[acl] {
            let known = GraphIndex.knownACLs[acl]
            if filter.accepts(known.statement) {
                add(Entry(paths: [known.path], firstDescription: known.path.description))
            }
        }
        return result
    }

}
