import VultrAPI

/// `ls keys [user]`: a user's API keys, masked.
struct ListKeys: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["keys"], parameters: [Self.userParameter.parameter],
        summary: "List a user's API keys",
        details: "List the API keys (masked) of one user, the selection by default.",
        examples: ["ls keys", "ls keys ci-bot@example.com"])

    let user: UserRef?

    static let userParameter: TypedParameter<UserRef?> = .userOrSelection

    init(_ arguments: ParsedArguments) { user = arguments[Self.userParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let target = try await context.target(user, command: "ls keys")
        let keys = try await context.client.apiKeys(userID: target.id)
        return CommandResult(.list(RecordList(keys, empty: "(\(target.label) has no API keys)")))
    }
}
