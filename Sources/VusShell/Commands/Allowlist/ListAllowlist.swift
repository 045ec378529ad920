import VultrAPI

/// `ls allow [user]`: the subnets a user's API keys may be used from.
struct ListAllowlist: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["allow"], parameters: [Self.userParameter.parameter],
        summary: "List a user's API IP allowlist",
        details: "List the subnets one user's API keys work from, the selection by default.",
        examples: ["ls allow", "ls allow bob.hughes@example.com"])

    let user: UserRef?

    static let userParameter: TypedParameter<UserRef?> = .userOrSelection

    init(_ arguments: ParsedArguments) { user = arguments[Self.userParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let target = try await context.target(user, command: "ls allow")
        let entries = try await context.client.allowlist(userID: target.id)
        return CommandResult(.list(RecordList(entries, empty:
            "(\(target.label) has an empty allowlist: its API keys work from nowhere)")))
    }
}
