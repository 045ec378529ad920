import VultrAPI

/// `show group NAME`: one group's members.
struct ShowGroup: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "show", keywords: ["group"], parameters: [nameParameter.parameter],
        summary: "Show a group's members",
        details: "List the members of one group of the organization, named as 'ls groups' shows it.",
        examples: ["show group developers"])

    let name: String

    static let nameParameter: TypedParameter<String> = .one("name", .named(.group))

    init(_ arguments: ParsedArguments) { name = arguments[Self.nameParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let group = try NamedEntity.find(name, in: try await context.client.groups(), noun: "group", name: \.name)
        let users = Dictionary(try await context.session.users.all().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let members = group.members.compactMap { users[$0.id] }
        return CommandResult(.list(RecordList(members, numbered: true, empty: "(\(group.name) has no members)")),
                             notes: ["group \(group.name): \(group.description)"])
    }
}
