/// `help [command [subcommand]]`: the overview or one command's forms, derived from the
/// registry, so it lists exactly what the parser accepts.
struct Help: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "help", parameters: [commandParameter.parameter, subcommandParameter.parameter],
        summary: "List the commands, or explain one",
        details: "Without arguments, list every command; with a command name, show its forms, what they do and examples.",
        examples: ["help", "help acl", "help create user"], needsAccount: false)

    let verb: String?
    let keyword: String?

    static let commandParameter: TypedParameter<String?> = .optional("command", .commandName)
    static let subcommandParameter: TypedParameter<String?> = .optional("subcommand", .text)

    init(_ arguments: ParsedArguments) throws(Diagnostic) {
        verb = arguments[Self.commandParameter]
        keyword = arguments[Self.subcommandParameter]?.lowercased()
        if let keyword, let verb, let word = arguments.word(of: Self.subcommandParameter) {
            let keywords = CommandRegistry.standard.forms(of: verb).flatMap({ $0.syntax.keywords }).map(\.word)
            guard keywords.contains(keyword) else {
                throw Diagnostic(location: word.location, message:
                    "'\(verb)' has no subcommand '\(word.text)'" + (keywords.isEmpty ? "" : "; it has \(Messages.alternatives(keywords))"))
            }
        }
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        guard let verb else { return CommandResult(.text(HelpText.overview(context.registry))) }
        return CommandResult(.text(HelpText.topic(verb, keyword: keyword, in: context.registry)))
    }
}
