import VultrValues

/// `use users <filter>...`: selects every user matching the filters, possibly none.
struct UseUsers: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "use", keywords: ["users"], parameters: [Self.filterParameter.parameter],
        summary: "Select every user matching the filters",
        details: """
        Select the users matching every filter (the filters of 'ls users'). When none match, \
        the selection is empty: changes then send nothing and say so.
        """,
        examples: ["use users email=*@contractor.com", "use users acl=billing api=on"])

    let filters: [Filter]

    static let filterParameter: TypedParameter<[Filter]> = .many("filter", .filter, minimum: 1)

    init(_ arguments: ParsedArguments) { filters = arguments[Self.filterParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let session = context.session
        session.state.selection = .none
        let all = try await context.client.users().collect()
        session.users.remember(all)
        let (matching, note) = try await UserSelection(filters: filters).apply(to: all, client: try context.client)
        session.state.selection = .users(matching, filters: filters.text)
        let summary = matching.isEmpty
            ? "no users match \(filters.text); the selection is empty"
            : "using \(Plural.count(matching.count, "user")) matching \(filters.text)"
        return CommandResult(.list(context.numberedRows(matching, empty: summary, tableSummary: summary)),
                             notes: note.map { [$0] } ?? [])
    }
}
