/// What matching statements say about one question, folded together.
///
/// When a resource was asked, `allows`/`denies` mean "a matching statement applies to
/// that resource" and the scoped parts stay empty. When none was asked, `allows`/`denies`
/// mean "a matching statement covers every resource" and the scoped parts describe
/// matching resource-scoped statements.
struct MatchFlags: OptionSet, Sendable {
    let rawValue: UInt8
    static let allows = MatchFlags(rawValue: 1)
    static let denies = MatchFlags(rawValue: 2)
    static let scopedAllows = MatchFlags(rawValue: 4)
    static let scopedDenies = MatchFlags(rawValue: 8)
}

/// Flags plus, for questions without a resource, the ids of matching scoped statements.
struct MatchSummary: Sendable {
    var flags: MatchFlags = []
    var scopedAllowIDs: [String] = []
    var scopedDenyIDs: [String] = []

    mutating func absorb(_ other: MatchSummary) {
        flags.formUnion(other.flags)
        if !other.scopedAllowIDs.isEmpty { scopedAllowIDs += other.scopedAllowIDs }
        if !other.scopedDenyIDs.isEmpty { scopedDenyIDs += other.scopedDenyIDs }
    }

    mutating func absorb(_ statement: CompiledStatement, resource: String?) {
        let allow = statement.effect == .allow
        if let resource {
            guard statement.applies(to: resource) else { return }
            flags.insert(allow ? .allows : .denies)
        } else if statement.coversAllResources {
            flags.insert(allow ? .allows : .denies)
        } else if allow {
            flags.insert(.scopedAllows)
            scopedAllowIDs += statement.resourceIDs
        } else {
            flags.insert(.scopedDenies)
            scopedDenyIDs += statement.resourceIDs
        }
    }
}

/// One question (action, optional resource) evaluated against every policy, role,
/// group and ACL of a graph once, so each user's answer is an OR of a few flag sets.
struct QueryMatch: Sendable {
    let resource: String?
    /// Per policy: offsets of statements whose actions match and that apply to the
    /// asked resource (all matching ones when no resource was asked).
    let policyHits: [[Int]]
    let policySummaries: [MatchSummary]
    let roleSummaries: [MatchSummary]
    let groupSummaries: [MatchSummary]
    /// Per entry of ``GraphIndex/knownACLs``: whether its synthetic statement matches.
    let aclMatches: [Bool]

    init(index: GraphIndex, action: String, resource: String?) {
        self.resource = resource
        let folded = Array(action.lowercased().utf8)

        var hits: [[Int]] = []
        var policySummaries: [MatchSummary] = []
        hits.reserveCapacity(index.statements.count)
        policySummaries.reserveCapacity(index.statements.count)
        for statements in index.statements {
            var policyHits: [Int] = []
            var summary = MatchSummary()
            for (offset, statement) in statements.enumerated()
            where !statement.appliesToNothing && statement.matches(folded: folded) {
                if let resource, !statement.applies(to: resource) { continue }
                policyHits.append(offset)
                summary.absorb(statement, resource: resource)
            }
            hits.append(policyHits)
            policySummaries.append(summary)
        }
        policyHits = hits
        self.policySummaries = policySummaries

        roleSummaries = index.rolePolicies.map { policies in
            policies.reduce(into: MatchSummary()) { $0.absorb(policySummaries[$1]) }
        }
        let roleSummaries = roleSummaries
        groupSummaries = index.groupPolicies.indices.map { group in
            var summary = MatchSummary()
            for policy in index.groupPolicies[group] { summary.absorb(policySummaries[policy]) }
            for role in index.groupRoles[group] { summary.absorb(roleSummaries[role]) }
            for trust in index.groupTrusts[group] { summary.absorb(roleSummaries[index.trustRoles[trust]]) }
            return summary
        }
        aclMatches = GraphIndex.knownACLs.map { $0.statement.matches(folded: folded) }
    }

    /// The user's flags: the union over everything that applies to them. Cheap: no
    /// allocation, one OR per attachment.
    func flags(ofUser user: Int, in index: GraphIndex) -> MatchFlags {
        var flags: MatchFlags = []
        for policy in index.userPolicies[user] { flags.formUnion(policySummaries[policy].flags) }
        for group in index.userGroups[user] { flags.formUnion(groupSummaries[group].flags) }
        for role in index.userRoles[user] { flags.formUnion(roleSummaries[role].flags) }
        for trust in index.userTrusts[user] { flags.formUnion(roleSummaries[index.trustRoles[trust]].flags) }
        // Legacy ACLs are Allow statements on every resource.
        if index.userACLs[user].contains(where: { aclMatches[$0] }) { flags.insert(.allows) }
        return flags
    }

    /// The ids of the user's matching scoped statements (only needed for the rarer
    /// partial and exception answers, so gathered on demand).
    func scopedIDs(ofUser user: Int, in index: GraphIndex) -> (allowed: Set<String>, denied: Set<String>) {
        var summary = MatchSummary()
        for policy in index.userPolicies[user] { summary.absorb(policySummaries[policy]) }
        for group in index.userGroups[user] { summary.absorb(groupSummaries[group]) }
        for role in index.userRoles[user] { summary.absorb(roleSummaries[role]) }
        for trust in index.userTrusts[user] { summary.absorb(roleSummaries[index.trustRoles[trust]]) }
        return (Set(summary.scopedAllowIDs), Set(summary.scopedDenyIDs))
    }
}
