import VultrAPI

/// `ls users [filter...]`: every user, or those matching all filters; rows become `#N`.
struct ListUsers: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["users"], parameters: [Self.filterParameter.parameter],
        summary: "List users, all or those matching every filter",
        details: """
        Filters must all match: acl, api, email, id, name, service, status take key=value, and \
        email, id and name take globs (* and ?). last_activity and invited_on compare with <, >, \
        <=, >= or = against a date (2026-08-15) or an age (90d, 12w); a user never active (a \
        pending invitation) counts as older than any date. keys=0 or keys>0 counts API keys (a \
        request per user). sort=field orders the rows (sort=-field descending): email, name, \
        status, api, last_activity, invited_on. Rows are numbered so later commands can say #N.
        """,
        examples: ["ls users", "ls users acl=billing api=on", "ls users email=*@contractor.com",
                   "ls users api=on last_activity<90d sort=last_activity", "ls users keys>0 status=active"])

    let filters: [Filter]

    static let filterParameter: TypedParameter<[Filter]> = .many("filter", .filter)

    init(_ arguments: ParsedArguments) { filters = arguments[Self.filterParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let everyone = try await context.client.users().collect()
        context.session.users.remember(everyone)
        let (listed, note) = try await UserSelection(filters: filters).apply(to: everyone, client: try context.client)
        var list = context.numberedRows(listed, empty: filters.isEmpty ? "(no users)" : "(no users match \(filters.text))")
        // Sorting by a field the table does not show shows it.
        if let sort = filters.last(where: { $0.key == .sort }), let (field, _) = UserSortField.parse(sort.pattern),
           let heading = field.addedColumn {
            list.addedColumn = (heading, listed.map(field.cell))
        }
        return CommandResult(.list(list), notes: note.map { [$0] } ?? [])
    }
}
