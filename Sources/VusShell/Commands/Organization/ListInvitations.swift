import VultrAPI

/// `ls invitations`: who was invited, and whether they accepted.
struct ListInvitations: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["invitations"], summary: "List the organization's invitations",
        details: """
        List every invitation: the address, its status as Vultr gives it (Pending or Accepted), API \
        access, when it was sent and when it expires. A pending invitation whose date has passed \
        shows as 'Pending (expired)' in the table: 'resend invitation EMAIL' gives it a new date.
        """,
        examples: ["ls invitations"])

    init(_ arguments: ParsedArguments) {}

    func run(in context: CommandContext) async throws -> CommandResult {
        CommandResult(.list(RecordList(try await context.client.invitations(), empty: "(no invitations)")))
    }
}
