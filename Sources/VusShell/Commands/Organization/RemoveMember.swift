import VultrAPI

/// `rm member [user]`: takes people out of the organization, with their groups, roles and
/// direct policies; their Vultr login stays theirs.
struct RemoveMember: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "rm", keywords: ["member"], parameters: [Suspend.userParameter.parameter],
        summary: "Take members out of the organization",
        details: """
        Remove a member (the selection by default) from the organization: their groups, roles, \
        direct policies and trusts go with them; the person's own Vultr login stays. Always \
        asked about at a prompt (-y skips). It cannot be undone: invite them again.
        """,
        examples: ["rm member grace.quinn@example.com"], changesAccount: true)

    let user: UserRef?

    init(_ arguments: ParsedArguments) { user = arguments[Suspend.userParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let users = try await context.targets(user, command: "rm member")
        let organization = try await client.organization()
        let plans = users.map { OrganizationPlans.removeMember($0, organizationID: organization.id, client: client, change: "rm member") }
        return await ChangeEngine(context: context)
            .apply(plans, confirmation: .always("Remove from the organization, with their groups, roles and policies? This cannot be undone."))
            .result(summary: "rm member")
    }
}
