/// `show [user]`: one user's details, read afresh.
struct ShowUser: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "show", parameters: [Self.userParameter.parameter],
        summary: "Show one user's details",
        details: "Show a user's id, name, email, status, ACLs and API state; the selection by default.",
        examples: ["show", "show bob.hughes@example.com"])

    let user: UserRef?

    static let userParameter: TypedParameter<UserRef?> = .userOrSelection

    init(_ arguments: ParsedArguments) { user = arguments[Self.userParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let target = try await context.target(user, command: "show")
        let fresh = try await context.client.user(id: target.id)
        context.session.updated(fresh)
        return CommandResult(.record(fresh))
    }
}
