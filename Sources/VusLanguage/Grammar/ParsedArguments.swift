import Foundation
import VultrAPI

/// The checked arguments of one command, for the command's `init`, read through the command's
/// typed declarations (`arguments[Self.user]`).
public struct ParsedArguments: Sendable {
    /// The command word as written (for positions of errors about the whole command).
    public var commandWord: Word
    /// The canonical keyword that selected the form (`on` for `api yes`), if any.
    public var keyword: String?
    /// Values by parameter or option name, in the order written.
    var values: [String: [ArgumentValue]] = [:]
    /// Every word given for each name, in the order of `values`, for errors about them.
    private var wordsByName: [String: [Word]] = [:]
    /// The first word given for each name.
    var words: [String: Word] { wordsByName.compactMapValues(\.first) }
    /// Whether a person is at a prompt (who can be asked for what a script must spell out).
    public var isInteractive: Bool
    /// The names of the account the arguments use or make, in the order written.
    public internal(set) var names: [NameUse] = []

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
    func word(of name: String, where matches: (ArgumentValue) -> Bool) -> Word? {
        guard let index = values[name]?.firstIndex(where: matches) else { return nil }
        return wordsByName[name]?[index]
    }

    /// Whether `name` was given.
    func has(_ name: String) -> Bool { values[name] != nil }

    /// A diagnostic at the command word (for something missing).
    public func missing(_ message: String) -> Diagnostic {
        Diagnostic(location: commandWord.location, message: message)
    }

    /// A diagnostic at the word given for `name` (for a value its command cannot take).
    public func invalid(_ name: String, _ message: String) -> Diagnostic {
        Diagnostic(location: (words[name] ?? commandWord).location, message: message)
    }
}
