import Foundation
import VultrAPI

/// What a parameter takes. The kind decides how a word is checked (so a typo fails before
/// anything runs), what Tab offers, and what usage lines and hints call it.
public enum ArgumentKind: Sendable, Equatable {
    /// `#N` (N ≥ 1), an email (or a prefix of one with its `@`), an id or id prefix.
    case user
    /// A `key=value` user filter.
    case filter
    /// ACL names, comma-separated or one per word.
    case acl
    /// on/off, yes/no, true/false.
    case toggle
    /// An email address.
    case email
    /// An API key id (or prefix); `all` too when `allowsAll`.
    case keyID(allowsAll: Bool)
    /// A subnet or a single address.
    case cidr
    /// A file name.
    case path
    /// `YYYY-MM-DD` or an ISO 8601 time with a zone, or an age from now (`30d`, `12w`): when
    /// something ends, so never in the past.
    case date
    /// A span of days: `30d`, `12w`.
    case age
    /// One of a fixed list of words (case-insensitive).
    case choice([String])
    /// A command name, for `help`.
    case commandName
    /// An IAM action such as `compute.instance.Delete` (concrete, no `*`).
    case action
    /// In a policy written inline: `allow`, `deny`, or an action or pattern (`compute.*`).
    case statementWord
    /// The name of a group, role or policy of the organization.
    case named(IAMNoun)
    /// The name of an object of the kind the form's keyword names (`rm role NAME`).
    case namedByKeyword
    /// The name of a group, role or policy to create: not empty, without spaces at its ends or
    /// control characters.
    case newName
    /// A variable name: letters, digits and `_`, not starting with a digit.
    case variableName
    /// A literal word such as `=`.
    case literal(String)
    /// Any word.
    case text
}

/// The words that start a statement of a policy written inline.
public enum PolicyEffectWord: String, Sendable, CaseIterable {
    case allow, deny
}

extension ArgumentKind {
    /// How an error names a value of this kind: `a user (email, id or #N)`.
    func describedAs(_ name: String) -> String {
        switch self {
        case .user: "a user (email, id or #N)"
        default: "a \(name)"
        }
    }
}

/// A checked argument.
public enum ArgumentValue: Sendable, Equatable {
    case user(UserRef)
    case filter(Filter)
    case acls([String])
    case toggle(Bool)
    case text(String)
    case cidr(CIDRBlock)
    case date(Date)
    case age(Age)
}
