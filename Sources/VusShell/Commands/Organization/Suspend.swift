import VultrAPI

/// `suspend [user]`: suspends members in the organization; they keep their groups, roles and
/// policies, and none of them applies until `unsuspend`.
struct Suspend: ShellCommand {
    static let userParameter: TypedParameter<UserRef?> = .userOrSelection

    static let syntax = CommandSyntax(
        verb: "suspend", parameters: [userParameter.parameter],
        summary: "Suspend members of the organization",
        details: """
        Suspend a member (the selection by default): they keep their groups, roles and policies, \
        but none applies and they cannot sign in until 'unsuspend'. A member already suspended \
        is reported unchanged; one who has not accepted their invitation cannot be suspended. \
        'ls users status=suspended' lists them; 'undo' lifts it.
        """,
        examples: ["suspend", "suspend frank.jensen@contractor.com"], changesAccount: true)

    let user: UserRef?

    init(_ arguments: ParsedArguments) { user = arguments[Self.userParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        try await Self.change(suspend: true, user, in: context)
    }

    /// Suspends or unsuspends the named or selected users, as their fresh status needs.
    static func change(suspend: Bool, _ user: UserRef?, in context: CommandContext) async throws -> CommandResult {
        let change = suspend ? "suspend" : "unsuspend"
        let client = try context.client
        let users = try await context.refreshed(try await context.targets(user, command: change))
        let organization = try await client.organization()
        let plans = users.map { OrganizationPlans.suspension($0, suspend: suspend, organizationID: organization.id, client: client, change: change) }
        return await ChangeEngine.run(plans, change, in: context, asking: "\(suspend ? "Suspend" : "Unsuspend") these members?")
    }
}
