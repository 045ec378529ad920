/// One statement applying to a user, with how it reaches them and which catalog
/// actions it covers.
public struct EffectiveStatement: Sendable, Hashable {
    /// How the statement reaches the user; ``AccessPath/statement`` is the statement.
    public var path: AccessPath
    /// The actions the statement names, wildcards expanded against the graph's
    /// catalog (catalog spelling and order); concrete names the catalog lacks are
    /// kept as written.
    public var coveredActions: [String]

    /// Creates an entry.
    public init(path: AccessPath, coveredActions: [String]) {
        self.path = path
        self.coveredActions = coveredActions
    }

    /// Allow or deny.
    public var effect: PolicyEffect { path.effect }
}

/// "What can this user do?": every statement applying to the user, flattened.
///
/// Deny statements are listed too; combine with ``AccessGraph/decide(user:action:resource:)``
/// for the net answer on one action. A suspended user's statements are still
/// listed (useful for reviews) but ``isSuspended`` means none of them takes effect.
public struct EffectiveAccess: Sendable, Hashable {
    /// The user.
    public var user: IAMUser
    /// Statements in path order: the owner's implicit `Allow *` first if owner, then
    /// direct policies, per group its policies, roles and trusted roles, then own roles,
    /// own trusted roles, legacy ACLs.
    public var statements: [EffectiveStatement]

    /// Creates a summary.
    public init(user: IAMUser, statements: [EffectiveStatement]) {
        self.user = user
        self.statements = statements
    }

    /// Whether the user may use the API.
    public var apiEnabled: Bool { user.apiEnabled }
    /// Whether the user is suspended (then nothing applies).
    public var isSuspended: Bool { user.isSuspended }
    /// Whether the user is the account owner (then everything applies).
    public var isOwner: Bool { user.isOwner }
    /// The Allow statements.
    public var allows: [EffectiveStatement] { statements.filter { $0.effect == .allow } }
    /// The Deny statements.
    public var denies: [EffectiveStatement] { statements.filter { $0.effect == .deny } }
}

extension AccessGraph {
    /// Every statement that applies to the user, with its path and covered actions.
    ///
    /// - Throws: ``AccessGraphError/unknownUser(id:)`` when no user has `userID`.
    public func effectiveAccess(user userID: String) throws(AccessGraphError) -> EffectiveAccess {
        guard let user = index.userByID[userID] else { throw .unknownUser(id: userID) }
        return EffectiveAccess(user: users[user], statements: statementPaths(ofUser: user).map { path in
            EffectiveStatement(path: path, coveredActions: coveredActions(path.statement))
        })
    }

    /// Every statement path of the user, owner and ACL paths included, in the order
    /// ``EffectiveAccess/statements`` documents.
    func statementPaths(ofUser user: Int) -> [AccessPath] {
        var found: [AccessPath] = users[user].isOwner ? [.accountOwner] : []
        index.forEachRoute(ofUser: user) { route in
            for statement in index.statements[route.policy] { found.append(path(route, statement)) }
        }
        var seen = Set<String>()
        for name in users[user].acls where seen.insert(name.lowercased()).inserted {
            if let path = AccessPath.legacyACL(LegacyACL(name.lowercased())) { found.append(path) }
        }
        return found
    }

    /// The catalog actions a statement's patterns cover, without repeats.
    func coveredActions(_ statement: PolicyStatement) -> [String] {
        var seen = Set<String>()
        var covered: [String] = []
        for text in statement.actions {
            let pattern = ActionPattern(text)
            let names = pattern.isWildcard ? catalog.expand(pattern) : (catalog.expand(pattern).first.map { [$0] } ?? [text])
            for name in names where seen.insert(name.lowercased()).inserted { covered.append(name) }
        }
        return covered
    }
}
