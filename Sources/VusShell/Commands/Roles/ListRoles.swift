import VultrAPI

/// `ls roles`: the organization's roles and the policies in each.
struct ListRoles: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["roles"], summary: "List the organization's roles",
        details: "List every role (assignable or assumable) with the policies inside it.",
        examples: ["ls roles"])

    init(_ arguments: ParsedArguments) {}

    func run(in context: CommandContext) async throws -> CommandResult {
        CommandResult(.list(RecordList(try await context.client.roles(), empty: "(the organization has no roles)")))
    }
}
