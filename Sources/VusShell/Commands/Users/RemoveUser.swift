import VultrAPI

/// `rm user [user]`: deletes a user and their API keys, after asking at a prompt. A user named
/// exactly who is already gone is `unchanged`, so a re-run finishes.
struct RemoveUser: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "rm", keywords: ["user"], parameters: [Parameter("user", .user, .optional)],
        summary: "Delete a user",
        details: "Delete a user (the selection by default) and all their API keys. This cannot be undone.",
        examples: ["rm user bob.hughes@example.com"], changesAccount: true)

    let user: UserRef?

    init(_ arguments: ParsedArguments) { user = arguments.user("user") }

    func run(in context: CommandContext) async throws -> CommandResult {
        let target: User
        do { target = try await context.target(user, command: "rm user") } catch let missing as UserNotFound where missing.isExact {
            // Named exactly and not there: a re-run finds the work done.
            let gone = User(id: "", email: missing.reference.contains("@") ? missing.reference : nil)
            return ChangeBatch(records: [ChangeRecord(user: gone, change: "rm user", outcome: .unchanged, reason: "already absent")])
                .result(summary: "rm user")
        }
        let client = try context.client
        let journal = JournalFacts(kind: .deleteUser, before: .init(email: target.email, apiEnabled: target.apiEnabled,
                                                                    acls: target.acls.map(\.rawValue).sorted()))
        var plan = PlannedChange.needed(target, "rm user", journal: journal) {
            do { try await client.deleteUser(id: target.id) } catch let error as VultrError where error.status == 404 {
                return ChangeEffect(deleted: true, unchangedReason: "already absent")
            }
            return ChangeEffect(deleted: true)
        }
        plan.verify = {
            do { _ = try await client.user(id: target.id); return nil } catch let error as VultrError where error.status == 404 {
                return ChangeEffect(deleted: true)
            }
        }
        let question = "Delete \(target.email ?? target.id) (\(target.displayName)) and all their API keys? This cannot be undone."
        return await ChangeEngine(context: context).apply([plan], confirmation: .always(question)).result(summary: "rm user")
    }
}
