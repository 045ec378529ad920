import Foundation
import VultrAPI

/// The checked arguments of one command, by parameter or option name, for the command's `init`.
public struct ParsedArguments: Sendable {
    /// The command word as written (for positions of errors about the whole command).
    public var commandWord: Word
    /// The canonical keyword that selected the form (`on` for `api yes`), if any.
    public var keyword: String?
    /// Values by parameter or option name, in the order written.
    public var values: [String: [ArgumentValue]] = [:]
    /// Every word given for each name, in the order of `values`, for errors about them.
    private var wordsByName: [String: [Word]] = [:]
    /// The first word given for each name.
    public var words: [String: Word] { wordsByName.compactMapValues(\.first) }
    /// Whether a person is at a prompt (who can be asked for what a script must spell out).
    public var isInteractive: Bool

    /// Creates an empty set of arguments.
    public init(commandWord: Word, keyword: String? = nil, isInteractive: Bool = false) {
        self.commandWord = commandWord
        self.keyword = keyword
        self.isInteractive = isInteractive
    }

    /// Adds a value for `name`.
    public mutating func append(_ value: ArgumentValue, for name: String, word: Word) {
        values[name, default: []].append(value)
        wordsByName[name, default: []].append(word)
    }

    /// The word of the first value given for `name` that `matches`, for an error about it.
    public func word(of name: String, where matches: (ArgumentValue) -> Bool) -> Word? {
        guard let index = values[name]?.firstIndex(where: matches) else { return nil }
        return wordsByName[name]?[index]
    }

    /// Whether `name` was given.
    public func has(_ name: String) -> Bool { values[name] != nil }

    /// The user named by `name`, if given.
    public func user(_ name: String) -> UserRef? {
        guard case .user(let reference)? = values[name]?.first else { return nil }
        return reference
    }

    /// Every filter given for `name`.
    public func filters(_ name: String) -> [Filter] {
        (values[name] ?? []).compactMap { if case .filter(let filter) = $0 { filter } else { nil } }
    }

    /// Every ACL given for `name` (over all its words), without duplicates, in order.
    public func acls(_ name: String) -> [String] {
        var names: [String] = []
        for case .acls(let list) in values[name] ?? [] {
            for acl in list where !names.contains(acl) { names.append(acl) }
        }
        return names
    }

    /// The toggle given for `name`.
    public func toggle(_ name: String) -> Bool? {
        guard case .toggle(let on)? = values[name]?.first else { return nil }
        return on
    }

    /// The text of the first word given for `name`.
    public func text(_ name: String) -> String? {
        guard case .text(let text)? = values[name]?.first else { return nil }
        return text
    }

    /// Every text given for `name`, in order.
    public func texts(_ name: String) -> [String] {
        (values[name] ?? []).compactMap { if case .text(let text) = $0 { text } else { nil } }
    }

    /// The subnet given for `name`.
    public func cidr(_ name: String) -> CIDRBlock? {
        guard case .cidr(let block)? = values[name]?.first else { return nil }
        return block
    }

    /// The date given for `name`.
    public func date(_ name: String) -> Date? {
        guard case .date(let date)? = values[name]?.first else { return nil }
        return date
    }

    /// A diagnostic at the command word (for something missing).
    public func missing(_ message: String) -> Diagnostic {
        Diagnostic(location: commandWord.location, message: message)
    }
}
