/// `rm user [user]`: deletes a user and their API keys, after asking at a prompt.
struct RemoveUser: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "rm", keywords: ["user"], parameters: [Parameter("user", .user, .optional)],
        summary: "Delete a user",
        details: "Delete a user (the selection by default) and all their API keys. This cannot be undone.",
        examples: ["rm user bob.hughes@example.com"], changesAccount: true)

    let user: UserRef?

    init(_ arguments: ParsedArguments) { user = arguments.user("user") }

    func run(in context: CommandContext) async throws -> CommandResult {
        let target = try await context.target(user, command: "rm user")
        let client = try context.client
        let plan = PlannedChange.needed(target, "rm user") {
            try await client.deleteUser(id: target.id)
            return ChangeEffect(deleted: true)
        }
        let question = "Delete \(target.email ?? target.id) (\(target.displayName)) and all their API keys? This cannot be undone."
        return await ChangeEngine(context: context).apply([plan], confirmation: .always(question)).result(summary: "rm user")
    }
}
