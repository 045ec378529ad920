import VultrAPI

/// `ls invitations`: who was invited, and whether they accepted.
struct ListInvitations: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["invitations"], summary: "List the organization's invitations",
        details: "List every invitation: the address, Pending, Accepted or Expired, API access, when sent and when it expires.",
        examples: ["ls invitations"])

    init(_ arguments: ParsedArguments) {}

    func run(in context: CommandContext) async throws -> CommandResult {
        CommandResult(.list(RecordList(try await context.client.invitations(), empty: "(no invitations)")))
    }
}
