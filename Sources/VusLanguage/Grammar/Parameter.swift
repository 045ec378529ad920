/// One positional parameter of a command: its name (as usage lines show it), its kind and how
/// many words it takes.
public struct Parameter: Sendable, Equatable {
    /// How many words a parameter takes.
    public enum Arity: Sendable, Equatable {
        /// Exactly one word.
        case one
        /// No word or one.
        case optional
        /// Any number of words, at least `minimum`.
        case many(minimum: Int)
    }

    /// The name in usage lines and hints, e.g. `user` shows as `[user]` or `<user>`.
    public var name: String
    public var kind: ArgumentKind
    public var arity: Arity
    /// What errors call it when that differs from `name` (`on-error takes stop or continue`).
    public var messageName: String?

    /// Creates a parameter.
    public init(_ name: String, _ kind: ArgumentKind, _ arity: Arity = .one, messageName: String? = nil) {
        self.name = name
        self.kind = kind
        self.arity = arity
        self.messageName = messageName
    }

    /// How usage lines write it: `<user>`, `[user]`, `<acl>...`, `[filter...]`, or a literal.
    public var usage: String {
        if case .literal(let word) = kind { return word }
        switch arity {
        case .one: return "<\(name)>"
        case .optional: return "[\(name)]"
        case .many(let minimum): return minimum > 0 ? "<\(name)>..." : "[\(name)...]"
        }
    }

    /// Whether the command cannot do without it.
    var isRequired: Bool {
        switch arity {
        case .one: true
        case .optional: false
        case .many(let minimum): minimum > 0
        }
    }
}

/// A `key=value` option that may appear anywhere among the arguments (`first=Ada`), or a bare
/// flag word that means `key=yes` (`service`).
public struct OptionSpec: Sendable, Equatable {
    public var key: String
    public var kind: ArgumentKind
    public var isRequired: Bool
    /// The bare word alone means yes.
    public var isFlag: Bool
    /// The value's name in usage lines, e.g. `name` in `first=<name>`.
    public var placeholder: String

    /// Creates an option.
    public init(_ key: String, _ kind: ArgumentKind, placeholder: String, required: Bool = false, flag: Bool = false) {
        self.key = key
        self.kind = kind
        self.isRequired = required
        self.isFlag = flag
        self.placeholder = placeholder
    }

    /// `first=<name>`, `[acl=<acl,...>]`, `[service]`.
    public var usage: String {
        let body = isFlag ? key : "\(key)=<\(placeholder)>"
        return isRequired ? body : "[\(body)]"
    }
}
