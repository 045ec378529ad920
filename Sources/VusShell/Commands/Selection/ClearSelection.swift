import VultrAPI

/// `use -`: selects nothing.
struct ClearSelection: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "use", keywords: ["-"],
        summary: "Clear the selection",
        details: "Select nothing, so commands that act on users need one named.",
        examples: ["use -"])

    init(_ arguments: ParsedArguments) {}

    func run(in context: CommandContext) async throws -> CommandResult {
        context.session.state.selection = .none
        return CommandResult(.list(RecordList([User](), empty: "", tableSummary: "selection cleared")))
    }
}
