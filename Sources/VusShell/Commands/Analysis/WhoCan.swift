import VultrAccess
import VultrAPI

/// `who can ACTION [RESOURCE] [filter...]`: every member allowed an action, each with its path.
struct WhoCan: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "who", keywords: ["can"],
        parameters: [Can.actionParameter.parameter, Can.resourceParameter.parameter, Self.filterParameter.parameter],
        options: [Can.freshOption.spec],
        summary: "List everyone who may do an action, and why",
        details: """
        List every member the organization allows ACTION (on RESOURCE, an id, when given), each \
        with the paths that allow it; 'partial' rows are allowed on some resources only. Filters as \
        in 'ls users' narrow the list (api=on: those who can use it through the API). The rules are \
        those of 'help can'. The account owner is always listed.
        """,
        examples: ["who can compute.instance.Delete", "who can user.acl.Billing api=on", "who can iam.group.AddMember fresh"])

    let action: String
    let resource: String?
    let filters: [Filter]
    let fresh: Bool

    static let filterParameter: TypedParameter<[Filter]> = .many("filter", .filter)

    init(_ arguments: ParsedArguments) {
        action = arguments[Can.actionParameter]
        resource = arguments[Can.resourceParameter]
        filters = arguments[Self.filterParameter]
        fresh = arguments[Can.freshOption]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let (access, note) = try await context.organizationAccess(fresh: fresh)
        var allowed = access.graph.whoCan(action: action, resource: resource)
        var notes = [note]
        if !filters.isEmpty {
            let (users, filterNote) = try await UserSelection(filters: filters).apply(to: access.snapshot.users, client: try context.client)
            let kept = Set(users.map(\.id))
            allowed = allowed.filter { kept.contains($0.user.id) || $0.user.isOwner }
            notes += filterNote.map { [$0] } ?? []
        }
        let records = allowed.map { AccessDecisionRecord(email: $0.user.email, action: action, resource: resource, $0.decision) }
        return CommandResult(.list(RecordList(records, empty: "(nobody may \(action)\(resource.map { " on \($0)" } ?? ""))")), notes: notes)
    }
}
