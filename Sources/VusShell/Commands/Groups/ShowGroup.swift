import VultrAPI

/// `show group NAME`: one group's members.
struct ShowGroup: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "show", keywords: ["group"], parameters: [Parameter("name", .text)],
        summary: "Show a group's members",
        details: "List the members of one group of the organization, named as 'ls groups' shows it.",
        examples: ["show group developers"])

    let name: String

    init(_ arguments: ParsedArguments) throws(Diagnostic) {
        guard let name = arguments.text("name") else { throw arguments.missing("'show group' takes a group name") }
        self.name = name
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let group = try NamedEntity.find(name, in: try await context.client.groups(), noun: "group", name: \.name)
        let users = Dictionary(try await context.session.allUsers().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let members = group.members.compactMap { users[$0.id] }
        return CommandResult(.list(RecordList(members, numbered: true, empty: "(\(group.name) has no members)")),
                             notes: ["group \(group.name): \(group.description)"])
    }
}
