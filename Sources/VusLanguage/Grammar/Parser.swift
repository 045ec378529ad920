/// Turns script or interactive text into typed commands.
public enum Parser {
    /// Parses the whole source. On success every command is valid and the script may run;
    /// otherwise the result lists every problem found (parsing goes on with the next command
    /// after an error), so nothing runs when even the last line has a typo.
    ///
    /// `let NAME = VALUE` defines `NAME` as soon as it is parsed, so `$NAME` works on later
    /// lines; variables are looked up in the context's variables, then in its environment.
    public static func parse<Command>(_ source: String, context: ParserContext<Command>) -> Result<Script<Command>, DiagnosticList> {
        // Definitions are kept apart from the context's variables, which a shell shares with
        // its session: adding to a shared dictionary would copy it, at every `let`.
        var defined: [String: String] = [:]
        var lexer = Lexer(source: source, sourceName: context.sourceName)
        let parser = CommandParser(registry: context.registry, knownACLs: context.knownACLs,
                                   isInteractive: context.isInteractive)
        var statements: [Statement<Command>] = []
        var diagnostics: [Diagnostic] = []
        while let lexed = lexer.nextCommand(lookup: { defined[$0] ?? context.variables[$0] ?? context.environment[$0] }) {
            guard lexed.diagnostics.isEmpty else {
                diagnostics += lexed.diagnostics
                continue
            }
            if let redirection = Redirection.diagnostic(for: lexed, commands: context.registry.syntaxes) {
                diagnostics.append(redirection)
                continue
            }
            do throws(Diagnostic) {
                let (command, names) = try parser.parse(lexed.words, at: lexed.location)
                if let binding = context.registry.definition(command) { defined[binding.name] = binding.value }
                statements.append(Statement(command: command, location: lexed.location, text: lexed.text, names: names))
            } catch {
                diagnostics.append(error)
            }
        }
        guard diagnostics.isEmpty else {
            return .failure(DiagnosticList(diagnostics: diagnostics))
        }
        return .success(Script(statements: statements, variables: defined))
    }
}
