import VultrAccess

/// An independent, index-free statement of the access rules: walk every policy and
/// every attachment for each question. Slow and obvious on purpose.
public enum BruteForceReference {
    public struct Answer: Equatable {
        public var outcome: AccessDecision.Outcome
        /// Cited paths, sorted by description.
        public var via: [String]
        /// The fixed reason for the owner, suspended and no-grant cases; nil otherwise.
        public var fixedReason: String?
    }

    public static let aclActions: [String: [String]] = [
        "abuse": ["user.acl.Abuse"], "activity_logs": ["user.acl.ActivityLogs"], "alerts": ["user.acl.Alerts"],
        "billing": ["user.acl.Billing"], "dns": ["user.acl.DNS"], "firewall": ["user.acl.Firewall"],
        "loadbalancer": ["user.acl.LoadBalancer"], "manage_users": ["user.acl.ManageUsers"],
        "objstore": ["user.acl.ObjStore"],
        "provisioning": ["user.acl.Provisioning", "user.acl.Subscriptions", "user.acl.SubscriptionsView"],
        "subscriptions": ["user.acl.Subscriptions"], "subscriptions_view": ["user.acl.SubscriptionsView"],
        "support": ["user.acl.Support"], "upgrade": ["user.acl.Upgrade"], "vke": ["user.acl.VKE"],
    ]

    /// Recursive glob on characters; fine for short patterns.
    public static func glob(_ pattern: Substring, _ text: Substring) -> Bool {
        guard let head = pattern.first else { return text.isEmpty }
        if head == "*" {
            return glob(pattern.dropFirst(), text) || (!text.isEmpty && glob(pattern, text.dropFirst()))
        }
        return text.first == head && glob(pattern.dropFirst(), text.dropFirst())
    }

    public static func matches(_ statement: PolicyStatement, _ action: String) -> Bool {
        statement.actions.contains { glob(Substring($0.lowercased()), Substring(action.lowercased())) }
    }

    /// Every (path, statement) applying to the user, ACLs included.
    public static func applicable(_ org: RandomOrganization, user: IAMUser) -> [AccessPath] {
        var found: [AccessPath] = []
        let memberOf = org.groups.filter { $0.memberIDs.contains(user.id) }
        for policy in org.policies {
            for (offset, statement) in policy.document.statements.enumerated() {
                let end = AccessPath.Step.policy(id: policy.id, name: policy.name)
                func add(_ prefix: [AccessPath.Step]) {
                    found.append(AccessPath(steps: prefix + [end], statementNumber: offset + 1, statement: statement))
                }
                if policy.userIDs.contains(user.id) { add([]) }
                for group in memberOf where policy.groupIDs.contains(group.id) {
                    add([.group(id: group.id, name: group.name)])
                }
                for role in org.roles where policy.roleIDs.contains(role.id) {
                    let roleStep = AccessPath.Step.role(id: role.id, name: role.name)
                    if role.userIDs.contains(user.id) { add([roleStep]) }
                    for trust in org.trusts where trust.roleID == role.id && trust.isInForce(at: RandomOrganization.moment) {
                        let trustStep = AccessPath.Step.trust(id: trust.id, terms: trust.terms)
                        if trust.userID == user.id { add([trustStep, roleStep]) }
                        for group in memberOf where trust.groupID == group.id {
                            add([.group(id: group.id, name: group.name), trustStep, roleStep])
                        }
                    }
                    guard role.kind == .assignable else { continue }
                    for group in memberOf where role.groupIDs.contains(group.id) {
                        add([.group(id: group.id, name: group.name), roleStep])
                    }
                }
            }
        }
        for name in Set(user.acls.map { $0.lowercased() }) {
            if let actions = aclActions[name] {
                found.append(AccessPath(steps: [.legacyACL(name: name)], statementNumber: nil,
                                        statement: PolicyStatement(effect: .allow, actions: actions)))
            }
        }
        return found
    }

    public static func decide(_ org: RandomOrganization, user userID: String, action: String, resource: String?) -> Answer {
        let user = org.users.first { $0.id == userID }!
        if user.isSuspended { return Answer(outcome: .deny, via: [], fixedReason: "suspended") }
        if user.isOwner { return Answer(outcome: .allow, via: ["account owner"], fixedReason: "account owner") }
        let matching = applicable(org, user: user).filter {
            !$0.statement.resources.isEmpty && matches($0.statement, action)
        }
        func cite(_ paths: [AccessPath]) -> [String] { paths.map(\.description).sorted() }
        let noGrant = Answer(outcome: .deny, via: [], fixedReason: "no statement allows it")
        let isStar = { (path: AccessPath) in path.statement.resources.contains("*") }

        if let resource {
            let relevant = matching.filter { isStar($0) || $0.statement.resources.contains(resource) }
            let denies = relevant.filter { $0.effect == .deny }
            let allows = relevant.filter { $0.effect == .allow }
            if !denies.isEmpty { return Answer(outcome: .deny, via: cite(denies)) }
            if !allows.isEmpty { return Answer(outcome: .allow, via: cite(allows)) }
            return noGrant
        }
        let starDenies = matching.filter { $0.effect == .deny && isStar($0) }
        let starAllows = matching.filter { $0.effect == .allow && isStar($0) }
        let scopedAllows = matching.filter { $0.effect == .allow && !isStar($0) }
        let scopedDenies = matching.filter { $0.effect == .deny && !isStar($0) }
        if !starDenies.isEmpty { return Answer(outcome: .deny, via: cite(starDenies)) }
        if !starAllows.isEmpty { return Answer(outcome: .allow, via: cite(starAllows + scopedAllows)) }
        if !scopedAllows.isEmpty {
            let allowed = Set(scopedAllows.flatMap(\.statement.resources))
                .subtracting(scopedDenies.flatMap(\.statement.resources))
            if allowed.isEmpty { return Answer(outcome: .deny, via: cite(scopedDenies)) }
            return Answer(outcome: .partial(resources: allowed.sorted()), via: cite(scopedAllows))
        }
        return noGrant
    }
}
