import VultrValues

/// `plan FILE [prune]`: how the account differs from a users document, field by field.
struct Plan: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "plan", parameters: UsersFileArguments.parameters,
        options: UsersFileArguments.options,
        summary: "Show how the account differs from a users document",
        details: """
        Compare the account with FILE (written by 'export users'): users to create, fields to \
        change, and with 'prune' users to delete; what the API cannot change is said. Sends \
        nothing. Exit status 0 when the account matches, 3 when it differs.
        """,
        examples: ["plan users.yaml", "plan users.yaml prune"])

    let file: UsersFileArguments
    var path: String { file.path }

    init(_ arguments: ParsedArguments) { file = UsersFileArguments(arguments) }

    func run(in context: CommandContext) async throws -> CommandResult {
        let (_, diff, organization) = try await AccountDiff.between(file, context: context)
        let records = diff.records + organization.records
        let summary = records.isEmpty ? "the account matches \(path)" : "\(Plural.count(records.count, "difference")) from \(path)"
        return CommandResult(.list(RecordList(records, empty: "the account matches \(path)")), notes: records.isEmpty ? [] : [summary],
                             ending: records.isEmpty ? .completed : .differs)
    }
}

