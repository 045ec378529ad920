/// Gives meaning to the words of one command: checks the command name, its
/// subcommand and arguments, and builds the typed `Command`.
struct CommandParser {
    /// The command word as written (used for positions of "missing ..." errors).
    let commandWord: Word
    /// The command name as typed, lowercased (`quit` stays `quit` in messages).
    let typedName: String
    /// The catalog entry (canonical name, subcommands).
    let spec: CommandSpec
    /// The words after the command word.
    let arguments: [Word]
    /// ACL names and their canonical spelling.
    let acls: ACLNames

    /// Parses one command's words. `location` is only used if `words` is empty.
    static func parse(_ words: [Word], at location: SourceLocation, knownACLs: [String]) throws(Diagnostic) -> Command {
        guard let first = words.first else {
            throw Diagnostic(location: location, message: "empty command")
        }
        let typedName = first.text.lowercased()
        guard let spec = CommandCatalog.spec(named: typedName) else {
            throw Diagnostic(location: first.location, message: unknownCommandMessage(first.text))
        }
        let parser = CommandParser(
            commandWord: first, typedName: typedName, spec: spec,
            arguments: Array(words.dropFirst()), acls: ACLNames(known: knownACLs))
        return try parser.parse()
    }

    /// `unknown command 'alc'; did you mean 'acl'?`, or a pointer to `help`.
    static func unknownCommandMessage(_ name: String) -> String {
        if let suggestion = Suggest.closest(name, among: CommandCatalog.names) {
            return "unknown command '\(name)'; did you mean '\(suggestion)'?"
        }
        return "unknown command '\(name)'; type 'help' for the list of commands"
    }

    private func parse() throws(Diagnostic) -> Command {
        switch spec.name {
        case "ls": return try parseList()
        case "use": return try parseUse()
        case "show":
            try expectAtMost(1, of: arguments)
            return .show(try optionalUser(arguments.first))
        case "whoami":
            try expectNoArguments(arguments, label: typedName)
            return .whoami
        case "api": return try parseAPI()
        case "acl": return try parseACL()
        case "email": return try parseEmail()
        case "create": return try parseCreate()
        case "rm": return try parseRemove()
        case "key": return try parseKey()
        case "allow": return try parseAllow()
        case "set": return try parseSet()
        case "echo": return .echo(arguments.map(\.text).joined(separator: " "))
        case "source": return try parseSource()
        case "help": return try parseHelp()
        case "exit":
            try expectNoArguments(arguments, label: typedName)
            return .exit
        default:
            // Only reachable if the catalog gains a command the parser lacks.
            throw failure("'\(typedName)' is not implemented", at: commandWord)
        }
    }

    // MARK: - Helpers shared by the command parsers

    /// A diagnostic positioned at `word`.
    func failure(_ message: String, at word: Word) -> Diagnostic {
        Diagnostic(location: word.location, message: message)
    }

    /// A diagnostic about something missing, positioned at the command word.
    func missing(_ message: String) -> Diagnostic {
        failure(message, at: commandWord)
    }

    /// `'whoami' takes no arguments`, at the first extra word.
    func expectNoArguments(_ words: [Word], label: String) throws(Diagnostic) {
        if let extra = words.first {
            throw failure("'\(label)' takes no arguments", at: extra)
        }
    }

    /// `unexpected argument 'x'`, at the first word beyond `count`.
    func expectAtMost(_ count: Int, of words: [Word]) throws(Diagnostic) {
        if words.count > count {
            let extra = words[count]
            throw failure("unexpected argument '\(extra.text)'", at: extra)
        }
    }

    /// Splits off the subcommand (one of `spec.subcommands`, case-insensitive).
    func subcommand() throws(Diagnostic) -> (name: String, word: Word, rest: [Word]) {
        let choices = spec.subcommands
        guard let word = arguments.first else {
            throw missing("'\(typedName)' needs a subcommand: \(Messages.alternatives(choices))")
        }
        guard let name = choices.first(where: { $0 == word.text.lowercased() }) else {
            throw failure(Messages.subcommandExpected(typedName, choices, got: word.text), at: word)
        }
        return (name, word, Array(arguments.dropFirst()))
    }

    /// `#N` (unquoted) is a row; anything else is text resolved at run time.
    func userRef(_ word: Word) throws(Diagnostic) -> UserRef {
        let text = word.text
        guard !text.isEmpty else {
            throw failure("empty user reference; expected an id, an email or #N", at: word)
        }
        let digits = text.dropFirst()
        guard !word.wasQuoted, text.first == "#", digits.first?.isASCIIDigit == true else {
            return .text(text)
        }
        guard digits.allSatisfy(\.isASCIIDigit) else {
            throw failure("invalid row reference '\(text)'; rows are written #N, e.g. #3", at: word)
        }
        guard let row = Int(digits) else {
            throw failure("row number '\(text)' is too large", at: word)
        }
        guard row >= 1 else {
            throw failure("row numbers start at 1, got '\(text)'", at: word)
        }
        return .row(row)
    }

    /// `userRef` for an optional argument (`nil` means the selection).
    func optionalUser(_ word: Word?) throws(Diagnostic) -> UserRef? {
        guard let word else { return nil }
        return try userRef(word)
    }

    /// The filters of `ls users` / `use users`.
    func filters(_ words: [Word]) throws(Diagnostic) -> [Filter] {
        var filters: [Filter] = []
        for word in words {
            filters.append(try FilterParser.parse(word, acls: acls))
        }
        return filters
    }
}
