/// A name of the account that a parsed command uses or makes: a group, role or policy by its
/// name, or a user by email or id. The grammar finds them from the argument kinds, so a script
/// can be checked for names that are not there before any of it runs.
public struct NameUse: Sendable, Equatable {
    /// What the name names.
    public enum Subject: Sendable, Hashable {
        case user
        case object(IAMNoun)
    }

    /// What the command does with the name.
    public enum Role: Sendable, Equatable {
        /// It needs the name to be there (`group add contractors`).
        case needs
        /// It deletes what the name names, or takes links to it away, so a name already gone is its
        /// work done (`rm group old`, `group rm old`).
        case removes
        /// It makes the name (`create group auditors`, `create user ada@example.com`).
        case makes
    }

    public var subject: Subject
    public var role: Role
    /// As written; a group, role or policy filter may be a pattern (`group=dev*`).
    public var name: String
    /// Where the name was written, for an error about it.
    public var location: SourceLocation

    /// Creates a use of a name.
    public init(_ subject: Subject, _ role: Role, name: String, at location: SourceLocation) {
        self.subject = subject
        self.role = role
        self.name = name
        self.location = location
    }
}

extension ArgumentKind {
    /// The name a value of this kind uses or makes, in a form selected by `keyword` that
    /// `removes` what it names; `nil` for values that name nothing of the account (and for `#N`,
    /// which means whatever the last listing showed when the line runs).
    func nameUse(of value: ArgumentValue, keyword: String?, removes: Bool, at location: SourceLocation) -> NameUse? {
        let objectNoun = keyword.flatMap(IAMNoun.init(rawValue:))
        let needed: NameUse.Role = removes ? .removes : .needs
        switch (self, value) {
        case (.named(let noun), .text(let name)):
            return NameUse(.object(noun), needed, name: name, at: location)
        case (.namedByKeyword, .text(let name)):
            return objectNoun.map { NameUse(.object($0), needed, name: name, at: location) }
        case (.newName, .text(let name)):
            return objectNoun.map { NameUse(.object($0), .makes, name: name, at: location) }
        case (.user, .user(.text(let reference))):
            return NameUse(.user, needed, name: reference, at: location)
        case (.email, .text(let email)):
            return NameUse(.user, .makes, name: email, at: location)
        case (.filter, .filter(let filter)) where filter.comparison == .equal:
            return filter.key.organizationNoun.map { NameUse(.object($0), .needs, name: filter.pattern, at: location) }
        default:
            return nil
        }
    }
}
