import VultrAPI

/// `api on|off [user]`: turns API access on or off (off also revokes the user's keys at Vultr).
struct ChangeAPI: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "api", keywords: Toggle.keywords,
        parameters: [Self.userParameter.parameter],
        summary: "Turn users' API access on or off",
        details: """
        Turn API access on or off for one user or every selected user (yes/no and true/false \
        work too). Users for whom it is already so are reported unchanged and nothing is sent.
        """,
        examples: ["api off bob.hughes@example.com", "api on"], changesAccount: true)

    let enabled: Bool
    let user: UserRef?

    static let userParameter: TypedParameter<UserRef?> = .userOrSelection

    init(_ arguments: ParsedArguments) {
        enabled = arguments.keyword(Toggle.self).isOn
        user = arguments[Self.userParameter]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let change = "api \(Toggle.word(enabled))"
        let users = try await context.refreshed(try await context.targets(user, command: change))
        let enabled = self.enabled
        let plans = try users.map { try UserChangePlan.update($0, change, context: context) { _ in UserUpdate(apiEnabled: enabled) } }
        return await ChangeEngine.run(plans, change, in: context, asking: "Turn API access \(Toggle.word(enabled)) for these users?")
    }
}
