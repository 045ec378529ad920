import VultrValues

/// The commands a language knows, in the order `help` lists them: each form's syntax, and how
/// the parser makes the command from arguments the grammar has checked. `Command` is what the
/// parser hands on (the shell's runnable commands); the grammar itself reads only the syntaxes.
public struct CommandRegistry<Command: Sendable>: Sendable {
    /// One form of a command: a verb may have several, each its own syntax.
    public struct Form: Sendable {
        public let syntax: CommandSyntax
        /// Builds the command; throws only for rules that span several arguments.
        public let make: @Sendable (ParsedArguments) throws(Diagnostic) -> Command

        public init(syntax: CommandSyntax, make: @escaping @Sendable (ParsedArguments) throws(Diagnostic) -> Command) {
            self.syntax = syntax
            self.make = make
        }
    }

    /// Every form, in `help`'s order.
    public let commands: [Form]
    /// The syntaxes alone: verbs, aliases and forms for completion, hints and help.
    public let syntaxes: CommandSyntaxTable
    /// The variable a parsed command defines (`let`), which later lines of the same source use.
    let definition: @Sendable (Command) -> (name: String, value: String)?

    /// A registry of `commands`; `definition` says which parsed commands define a variable.
    public init(_ commands: [Form], definition: @escaping @Sendable (Command) -> (name: String, value: String)? = { _ in nil }) {
        self.commands = commands
        self.syntaxes = CommandSyntaxTable(commands.map(\.syntax))
        self.definition = definition
    }

    /// The forms of `verb` (canonical or alias, any case), in registry order.
    public func forms(of verb: String) -> [Form] {
        guard let canonical = syntaxes.canonicalVerb(verb) else { return [] }
        return commands.filter { $0.syntax.verb == canonical }
    }
}

/// The syntaxes of a registry's commands, in its order, and the words they answer to.
public struct CommandSyntaxTable: Sendable {
    public let syntaxes: [CommandSyntax]
    /// The command words, each once, in registry order.
    public let verbs: [String]

    init(_ syntaxes: [CommandSyntax]) {
        self.syntaxes = syntaxes
        var verbs: [String] = []
        for syntax in syntaxes where !verbs.contains(syntax.verb) { verbs.append(syntax.verb) }
        self.verbs = verbs
    }

    /// The forms of `verb` (canonical or alias, any case), in registry order.
    public func forms(of verb: String) -> [CommandSyntax] {
        guard let canonical = canonicalVerb(verb) else { return [] }
        return syntaxes.filter { $0.verb == canonical }
    }

    /// Command words and their aliases, for suggestions and completion.
    public var names: [String] {
        verbs + syntaxes.flatMap(\.verbAliases).filter { !verbs.contains($0) }
    }

    /// The canonical command word for `name` (`quit` gives `exit`), or `nil`.
    public func canonicalVerb(_ name: String) -> String? {
        let lowered = name.lowercased()
        return syntaxes.first { $0.verb == lowered || $0.verbAliases.contains(lowered) }?.verb
    }

    /// `unknown command 'alc'; did you mean 'acl'?`, or a pointer to `help`.
    func unknownCommandMessage(_ name: String) -> String {
        if let suggestion = Suggest.closest(name, among: names) {
            return "unknown command '\(name)'; did you mean '\(suggestion)'?"
        }
        return "unknown command '\(name)'; type 'help' for the list of commands"
    }
}
