/// The chain that brings one statement to a user, e.g.
/// `group developers → role dev → policy compute-admin, statement 1 (Allow compute.*)`, or
/// `trust 5c1f… (hours 9-17 UTC) → role break-glass → policy admin, statement 1 (Allow *)`.
///
/// A path ends in a statement: a numbered statement of a policy, the synthetic
/// statement of a legacy ACL, or the owner's implicit "everything".
public struct AccessPath: Sendable, Hashable, CustomStringConvertible {
    /// One link of the chain.
    public enum Step: Sendable, Hashable, CustomStringConvertible {
        /// The account owner's implicit permission to do anything.
        case accountOwner
        /// A legacy ACL on the user record, standing for a synthetic Allow statement.
        case legacyACL(name: String)
        /// A group the user is a member of.
        case group(id: String, name: String)
        /// A role trust letting the user (or the preceding group's members) assume the next
        /// role; `terms` are its hours, addresses and end in words (``IAMTrust/terms``).
        case trust(id: String, terms: String)
        /// A role assigned to the user or to the preceding group.
        case role(id: String, name: String)
        /// The policy holding the statement.
        case policy(id: String, name: String)

        /// `group developers`, `trust 5c1f… (hours 9-17 UTC)`, `role dev`, `policy compute-admin`,
        /// `legacy ACL billing`, `account owner`.
        public var description: String {
            switch self {
            case .accountOwner: "account owner"
            case .legacyACL(let name): "legacy ACL \(name)"
            case .group(_, let name): "group \(name)"
            case .trust(let id, let terms): terms.isEmpty ? "trust \(id)" : "trust \(id) (\(terms))"
            case .role(_, let name): "role \(name)"
            case .policy(_, let name): "policy \(name)"
            }
        }
    }

    /// The links, outermost first; a directly attached policy is a single `.policy` step.
    public var steps: [Step] { storage.steps }
    /// The 1-based number of the statement within its policy; `nil` for legacy ACLs
    /// and the account owner.
    public var statementNumber: Int? { storage.statementNumber }
    /// The statement the path leads to (synthetic for legacy ACLs and the owner).
    public var statement: PolicyStatement { storage.statement }

    /// Immutable shared storage: "who can" hands the same path to thousands of
    /// users, and one reference to retain per copy is far cheaper than the four
    /// arrays a path holds. Semantics stay those of a value.
    private final class Storage: Sendable {
        let steps: [Step]
        let statementNumber: Int?
        let statement: PolicyStatement

        init(steps: [Step], statementNumber: Int?, statement: PolicyStatement) {
            self.steps = steps
            self.statementNumber = statementNumber
            self.statement = statement
        }
    }

    private let storage: Storage

    /// Creates a path.
    public init(steps: [Step], statementNumber: Int?, statement: PolicyStatement) {
        storage = Storage(steps: steps, statementNumber: statementNumber, statement: statement)
    }

    /// The same path reached through one more outer link (e.g. the group holding a role).
    public func prefixed(by step: Step) -> AccessPath {
        AccessPath(steps: [step] + steps, statementNumber: statementNumber, statement: statement)
    }

    /// Paths are equal when their steps, statement number and statement are.
    public static func == (lhs: AccessPath, rhs: AccessPath) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.steps == rhs.steps && lhs.statementNumber == rhs.statementNumber && lhs.statement == rhs.statement)
    }

    /// Hashes the same fields equality compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(steps)
        hasher.combine(statementNumber)
        hasher.combine(statement)
    }

    /// The owner's path: an implicit `Allow *` on every resource.
    public static let accountOwner = AccessPath(
        steps: [.accountOwner], statementNumber: nil, statement: PolicyStatement(effect: .allow, actions: ["*"]))

    /// The path of a legacy ACL's synthetic statement; `nil` for unknown ACL names.
    public static func legacyACL(_ acl: LegacyACL) -> AccessPath? {
        acl.statement.map { AccessPath(steps: [.legacyACL(name: acl.name)], statementNumber: nil, statement: $0) }
    }

    /// The effect of the statement at the end of the path.
    public var effect: PolicyEffect { statement.effect }

    /// The path as one line; see the type's documentation for the shape.
    public var description: String {
        let chain = steps.map(\.description).joined(separator: " → ")
        if let statementNumber {
            return "\(chain), statement \(statementNumber) (\(statement.summary))"
        }
        if steps == [.accountOwner] { return chain }
        return "\(chain) (\(statement.summary))"
    }
}
