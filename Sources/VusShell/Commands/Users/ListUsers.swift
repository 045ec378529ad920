import VultrAPI

/// `ls users [filter...]`: every user, or those matching all filters; rows become `#N`.
struct ListUsers: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["users"], parameters: [Parameter("filter", .filter, .many(minimum: 0))],
        summary: "List users, all or those matching every filter",
        details: """
        Filters are key=value and all must match: acl, api, email, id, name, service, status; \
        email, id and name take globs (* and ?). Rows are numbered so later commands can say #N.
        """,
        examples: ["ls users", "ls users acl=billing api=on", "ls users email=*@contractor.com"])

    let filters: [Filter]

    init(_ arguments: ParsedArguments) { filters = arguments.filters("filter") }

    func run(in context: CommandContext) async throws -> CommandResult {
        let everyone = try await context.client.users().collect()
        context.session.remember(everyone)
        let listed = everyone.filter(filters.matches)
        context.session.lastListing = listed.map(\.id)
        return CommandResult(.list(RecordList(listed, numbered: true,
                                              empty: filters.isEmpty ? "(no users)" : "(no users match \(filters.text))")))
    }
}
