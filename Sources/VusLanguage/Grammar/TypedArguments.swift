import Foundation
import VultrAPI

/// A Swift type a checked argument converts to: `arguments[Self.user]` is a `UserRef`.
public protocol ArgumentValueType: Sendable {
    /// The value, if `argument` holds one of this type.
    init?(argument: ArgumentValue)
}

extension UserRef: ArgumentValueType {
    public init?(argument: ArgumentValue) {
        guard case .user(let reference) = argument else { return nil }
        self = reference
    }
}

extension Filter: ArgumentValueType {
    public init?(argument: ArgumentValue) {
        guard case .filter(let filter) = argument else { return nil }
        self = filter
    }
}

extension String: ArgumentValueType {
    public init?(argument: ArgumentValue) {
        guard case .text(let text) = argument else { return nil }
        self = text
    }
}

extension Bool: ArgumentValueType {
    public init?(argument: ArgumentValue) {
        guard case .toggle(let isOn) = argument else { return nil }
        self = isOn
    }
}

extension CIDRBlock: ArgumentValueType {
    public init?(argument: ArgumentValue) {
        guard case .cidr(let block) = argument else { return nil }
        self = block
    }
}

extension Date: ArgumentValueType {
    public init?(argument: ArgumentValue) {
        guard case .date(let date) = argument else { return nil }
        self = date
    }
}

extension Age: ArgumentValueType {
    public init?(argument: ArgumentValue) {
        guard case .age(let age) = argument else { return nil }
        self = age
    }
}

/// One of a fixed list of words (`.choice`), read as the enum whose raw values they are.
public protocol ChoiceArgument: ArgumentValueType, RawRepresentable<String>, CaseIterable {}

extension ChoiceArgument {
    public init?(argument: ArgumentValue) {
        guard case .text(let text) = argument else { return nil }
        self.init(rawValue: text.lowercased())
    }

    /// The words, in declaration order, for the `.choice` kind and usage lines.
    public static var words: [String] { allCases.map { $0.rawValue } }
}

/// A positional parameter with the Swift type of its value: a required one reads as the value,
/// an optional one as an optional, a repeated one as an array. The parser refuses a command
/// missing a required parameter, so a command's `init` never sees one absent.
public struct TypedParameter<Value: Sendable>: Sendable {
    /// What the syntax lists (name, kind, arity).
    public let parameter: Parameter
    let read: @Sendable ([ArgumentValue]) -> Value

    /// A parameter of exactly one word.
    public static func one<T: ArgumentValueType>(_ name: String, _ kind: ArgumentKind, messageName: String? = nil) -> TypedParameter<T> {
        TypedParameter<T>(parameter: Parameter(name, kind, .one, messageName: messageName)) { Required.first(of: $0, name) }
    }

    /// A parameter of no word or one.
    public static func optional<T: ArgumentValueType>(_ name: String, _ kind: ArgumentKind, messageName: String? = nil) -> TypedParameter<T?> {
        TypedParameter<T?>(parameter: Parameter(name, kind, .optional, messageName: messageName)) { $0.lazy.compactMap(T.init).first }
    }

    /// A parameter of any number of words, at least `minimum`.
    public static func many<T: ArgumentValueType>(_ name: String, _ kind: ArgumentKind, minimum: Int = 0) -> TypedParameter<[T]> {
        TypedParameter<[T]>(parameter: Parameter(name, kind, .many(minimum: minimum))) { $0.compactMap(T.init) }
    }

    /// ACL names, comma-separated or one per word, each once, in order.
    public static func acls(_ name: String, minimum: Int = 0) -> TypedParameter<[String]> {
        TypedParameter<[String]>(parameter: Parameter(name, .acl, .many(minimum: minimum))) { ACLValues.names(in: $0) }
    }
}

/// A `key=value` option (or flag word) with the Swift type of its value.
public struct TypedOption<Value: Sendable>: Sendable {
    /// What the syntax lists.
    public let spec: OptionSpec
    let read: @Sendable ([ArgumentValue]) -> Value

    /// An option the command cannot do without.
    public static func required<T: ArgumentValueType>(_ key: String, _ kind: ArgumentKind, placeholder: String) -> TypedOption<T> {
        TypedOption<T>(spec: OptionSpec(key, kind, placeholder: placeholder, required: true)) { Required.first(of: $0, key) }
    }

    /// An option that may be left out.
    public static func optional<T: ArgumentValueType>(_ key: String, _ kind: ArgumentKind, placeholder: String) -> TypedOption<T?> {
        TypedOption<T?>(spec: OptionSpec(key, kind, placeholder: placeholder)) { $0.lazy.compactMap(T.init).first }
    }

    /// A yes/no option whose bare word means yes (`fresh`, `prune`); left out, it is no.
    public static func flag(_ key: String) -> TypedOption<Bool> {
        TypedOption<Bool>(spec: OptionSpec(key, .toggle, placeholder: "yes|no", flag: true)) { $0.lazy.compactMap(Bool.init).first ?? false }
    }

    /// ACL names, comma-separated (`acl=billing,dns`), each once, in order.
    public static func acls(_ key: String) -> TypedOption<[String]> {
        TypedOption<[String]>(spec: OptionSpec(key, .acl, placeholder: "acl,...")) { ACLValues.names(in: $0) }
    }
}

/// Reading a value the parser has guaranteed.
private enum Required {
    static func first<T: ArgumentValueType>(of values: [ArgumentValue], _ name: String) -> T {
        guard let value = values.lazy.compactMap(T.init).first else {
            preconditionFailure("the parser admits no command without its required '\(name)'")
        }
        return value
    }
}

private enum ACLValues {
    static func names(in values: [ArgumentValue]) -> [String] {
        var names: [String] = []
        for case .acls(let list) in values {
            for acl in list where !names.contains(acl) { names.append(acl) }
        }
        return names
    }
}

extension ParsedArguments {
    /// The value of a positional parameter, typed as its declaration says.
    public subscript<Value>(_ positional: TypedParameter<Value>) -> Value {
        positional.read(values[positional.parameter.name] ?? [])
    }

    /// The value of an option, typed as its declaration says.
    public subscript<Value>(_ option: TypedOption<Value>) -> Value {
        option.read(values[option.spec.key] ?? [])
    }

    /// The keyword that selected the form, as the enum whose raw values the form's keywords are.
    public func keyword<Keyword: RawRepresentable<String>>(_ type: Keyword.Type) -> Keyword {
        guard let keyword, let value = Keyword(rawValue: keyword) else {
            preconditionFailure("a form's keywords are the raw values of \(Keyword.self)")
        }
        return value
    }

    /// The word given for a positional parameter, for an error about it.
    public func word<Value>(of positional: TypedParameter<Value>) -> Word? { words[positional.parameter.name] }

    /// The word of the first value given for `positional` that `matches`, for an error about it.
    public func word<Value>(of positional: TypedParameter<Value>, where matches: (ArgumentValue) -> Bool) -> Word? {
        word(of: positional.parameter.name, where: matches)
    }
}

extension [CommandSyntax.Keyword] {
    /// The keywords of a form that are an enum's raw values.
    public static func all<Keyword: RawRepresentable<String> & CaseIterable>(_ type: Keyword.Type) -> Self {
        type.allCases.map { CommandSyntax.Keyword($0.rawValue) }
    }
}

extension TypedParameter where Value == UserRef? {
    /// `[<user>]`: one user by email, id or `#N`; left out, the command acts on the selection.
    public static var userOrSelection: TypedParameter<UserRef?> { .optional("user", .user) }
}
