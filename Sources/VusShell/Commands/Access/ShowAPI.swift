/// `api [user]`: whether API access is on, read afresh.
struct ShowAPI: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "api", parameters: [Self.userParameter.parameter],
        summary: "Show whether users' API access is on",
        details: "Show whether API access is enabled for a user, or for each selected user.",
        examples: ["api", "api bob.hughes@example.com"])

    let user: UserRef?

    static let userParameter: TypedParameter<UserRef?> = .userOrSelection

    init(_ arguments: ParsedArguments) { user = arguments[Self.userParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let users = try await context.refreshed(try await context.targets(user, command: "api"))
        return CommandResult(.list(RecordList(users.map(APIStateRecord.init), empty: "(no users selected)")))
    }
}
