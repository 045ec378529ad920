import VultrAPI

/// `ls policies`: the organization's policies, managed and custom.
struct ListPolicies: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["policies"], summary: "List the organization's policies",
        details: "List every policy, managed (kept by Vultr) and custom, with its statements in short.",
        examples: ["ls policies"])

    init(_ arguments: ParsedArguments) {}

    func run(in context: CommandContext) async throws -> CommandResult {
        CommandResult(.list(RecordList(try await context.client.policies(), empty: "(the organization has no policies)")))
    }
}
