/// The access rules (the project's reading of Vultr IAM; Vultr documents neither
/// deny precedence nor default deny):
///
/// 1. The statements applying to a user are those of policies attached to the user,
///    to any group the user is a member of, and inside any role assigned to the user
///    or to one of those groups, plus one synthetic Allow per documented legacy ACL.
///    Assumable roles assigned to a user count (the user can take them on at will, so
///    a review should see that access), and so does every role a trust in force lets the
///    user, or a group of theirs, assume: its hours and addresses restrict when and where,
///    not whether, so the path shows them and the decision does not depend on them.
/// 2. A matching Deny wins; otherwise a matching Allow allows; otherwise deny with
///    reason "no statement allows it".
/// 3. Actions match case-insensitively, `*` anywhere being a glob. Question actions
///    are concrete names.
/// 4. With a resource, only statements whose Resource holds `*` or that id count.
///    Without one: a matching `*` Deny denies; else a matching `*` Allow allows (ids
///    denied specifically are its ``AccessDecision/exceptions``); else resource-scoped Allows give
///    `partial` with their ids minus ids denied specifically (deny if none remain).
///    A statement whose `Resource` list is empty applies to nothing.
/// 5. The account owner may do anything ("account owner"); a suspended member may do
///    nothing ("suspended"). Vultr cannot suspend its owner; if data says both,
///    suspension wins.
/// 6. Every decision carries the user's API flag; it never changes the outcome.
extension AccessGraph {
    /// Whether the user may perform the action, on `resource` if given.
    ///
    /// - Throws: ``AccessGraphError/unknownUser(id:)`` when no user has `userID`.
    public func decide(user userID: String, action: String, resource: String? = nil)
        throws(AccessGraphError) -> AccessDecision {
        guard let user = index.userByID[userID] else { throw .unknownUser(id: userID) }
        var cache = PathCache(graph: self, match: QueryMatch(index: index, action: action, resource: resource))
        return decision(forUser: user, cache: &cache, explainDenials: true)
    }

    /// Every user allowed the action (outcome allow or partial), in graph order, with
    /// the full decision. The same as filtering ``decide(user:action:resource:)`` over
    /// all users, but policies, roles and groups are matched, and their paths built,
    /// once per question rather than once per user.
    public func whoCan(action: String, resource: String? = nil) -> [UserAccess] {
        var cache = PathCache(graph: self, match: QueryMatch(index: index, action: action, resource: resource))
        var result: [UserAccess] = []
        for user in users.indices {
            let decision = decision(forUser: user, cache: &cache, explainDenials: false)
            if decision.isAllowedSomewhere {
                result.append(UserAccess(user: users[user], decision: decision))
            }
        }
        return result
    }

    /// Applies rules 2–6 to one user. With `explainDenials` false, deny decisions
    /// skip collecting their paths (callers that drop denials need not pay for them).
    func decision(forUser user: Int, cache: inout PathCache, explainDenials: Bool) -> AccessDecision {
        let member = users[user]
        let api = member.apiEnabled
        if member.isSuspended {
            return AccessDecision(outcome: .deny, via: [], reason: "suspended", apiEnabled: api)
        }
        if member.isOwner {
            return AccessDecision(outcome: .allow, via: [.accountOwner], reason: "account owner", apiEnabled: api)
        }
        let match = cache.match
        let flags = match.flags(ofUser: user, in: index)
        let noGrant = AccessDecision(outcome: .deny, via: [], reason: "no statement allows it", apiEnabled: api)

        func cite(_ outcome: AccessDecision.Outcome, _ filter: PathFilter, _ verb: String,
                  before: String = "", after: String = "") -> AccessDecision {
            if outcome == .deny, !explainDenials {
                return AccessDecision(outcome: .deny, via: [], reason: "denied", apiEnabled: api)
            }
            let cited = cache.paths(ofUser: user, filter)
            var reason = before + verb
            if let first = cited.firstDescription { reason += " " + first }
            if cited.paths.count > 1 { reason += " and \(cited.paths.count - 1) more" }
            return AccessDecision(outcome: outcome, via: cited.paths, reason: reason + after, apiEnabled: api)
        }

        if match.resource != nil {
            if flags.contains(.denies) { return cite(.deny, .denies, "denied by") }
            if flags.contains(.allows) { return cite(.allow, .allows, "allowed by") }
            return noGrant
        }
        if flags.contains(.denies) { return cite(.deny, .unscopedDenies, "denied by") }
        if flags.contains(.allows) {
            guard flags.contains(.scopedDenies) else { return cite(.allow, .allows, "allowed by") }
            let denied = match.scopedIDs(ofUser: user, in: index).denied.sorted()
            var decision = cite(.allow, .allows, "allowed by", after: "; except resources denied specifically: " + denied.joined(separator: ", "))
            decision.exceptions = denied
            return decision
        }
        if flags.contains(.scopedAllows) {
            let ids = match.scopedIDs(ofUser: user, in: index)
            let allowed = ids.allowed.subtracting(ids.denied).sorted()
            if allowed.isEmpty {
                return cite(.deny, .scopedDenies, "denied by", after: " on every resource it is allowed on")
            }
            return cite(.partial(resources: allowed), .scopedAllows, "allowed by",
                        before: "allowed only on \(allowed.joined(separator: ", ")); ")
        }
        return noGrant
    }
}
