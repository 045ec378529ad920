/// `exit` or `quit`.
struct Exit: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "exit", verbAliases: ["quit"],
        summary: "Leave the shell",
        details: "Leave the shell (or stop reading the current script). 'quit' does the same.",
        examples: ["exit"], needsAccount: false)

    init(_ arguments: ParsedArguments) {}

    func run(in context: CommandContext) async throws -> CommandResult { CommandResult(ending: .exit) }
}
