/// `whoami`: the account the API key acts on.
struct WhoAmI: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "whoami",
        summary: "Show the account the API key belongs to",
        details: "Show the Vultr account (name, email, balance) that the configured API key acts on.",
        examples: ["whoami"])

    init(_ arguments: ParsedArguments) {}

    func run(in context: CommandContext) async throws -> CommandResult {
        CommandResult(.record(try await context.client.account()))
    }
}
