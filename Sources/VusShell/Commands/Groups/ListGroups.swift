import VultrAPI

/// `ls groups`: the organization's groups, with how many members each has.
struct ListGroups: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["groups"], summary: "List the organization's groups",
        details: "List every group of the account's IAM organization, with its member count.",
        examples: ["ls groups"])

    init(_ arguments: ParsedArguments) {}

    func run(in context: CommandContext) async throws -> CommandResult {
        let groups = try await context.client.groups()
        return CommandResult(.list(RecordList(groups, empty: "(the organization has no groups)")))
    }
}
