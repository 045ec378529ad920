import VultrAPI

/// `show group NAME`: one group's members, roles and policies.
struct ShowGroup: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "show", keywords: ["group"], parameters: [nameParameter.parameter],
        summary: "Show a group's members, roles and policies",
        details: """
        List the members of one group of the organization, named as 'ls groups' shows it, \
        numbered for #N; then the roles and policies the group holds, and the policies its \
        members get through those roles.
        """,
        examples: ["show group developers"])

    let name: String

    static let nameParameter: TypedParameter<String> = .one("name", .named(.group))

    init(_ arguments: ParsedArguments) { name = arguments[Self.nameParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let group = try await context.group(named: name)
        async let uses = ObjectUses.of(group, context: context, listingMembers: true)
        let users = Dictionary(try await context.session.users.all().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let members = group.members.compactMap { users[$0.id] }
        return CommandResult(.list(context.numberedRows(members, empty: "(\(group.name) has no members)")),
                             notes: ["group \(group.name): \(group.description)"] + (try await uses.lines))
    }
}
