import VultrAPI

/// `rm user [user]`: deletes a user and their API keys, after asking at a prompt. A user named
/// exactly who is already gone is `unchanged`, so a re-run finishes.
struct RemoveUser: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "rm", keywords: ["user"], parameters: [Self.userParameter.parameter],
        summary: "Delete a user",
        details: "Delete a user (the selection by default) and all their API keys. This cannot be undone.",
        examples: ["rm user bob.hughes@example.com"], changesAccount: true, removingKeywords: ["user"])

    let user: UserRef?

    static let userParameter: TypedParameter<UserRef?> = .userOrSelection

    init(_ arguments: ParsedArguments) { user = arguments[Self.userParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let target: User
        do { target = try await context.target(user, command: "rm user") } catch let missing as UserNotFound {
            // Named exactly and not there: a re-run finds the work done.
            guard await context.isAlreadyDeleted(missing) else { throw missing }
            let gone = User(id: "", email: missing.reference.contains("@") ? missing.reference : nil)
            return ChangeBatch(records: [ChangeRecord(user: gone, change: "rm user", outcome: .unchanged, reason: "already absent")])
                .result(summary: "rm user")
        }
        let plan = AccountPlans.remove(target, client: try context.client)
        let question = "Delete \(target.label) (\(target.displayName)) and all their API keys? This cannot be undone."
        return await ChangeEngine(context: context).apply([plan], confirmation: .always(question)).result(summary: "rm user")
    }
}
