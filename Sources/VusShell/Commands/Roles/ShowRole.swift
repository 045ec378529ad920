import VultrAPI

/// `show role NAME`: one role, its policies, and who holds it.
struct ShowRole: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "show", keywords: ["role"], parameters: [nameParameter.parameter],
        summary: "Show a role: its policies and who holds it",
        details: "Show one role: its type and policies, and the users and groups it is assigned to.",
        examples: ["show role developer"])

    let name: String

    static let nameParameter: TypedParameter<String> = .one("name", .named(.role))

    init(_ arguments: ParsedArguments) { name = arguments[Self.nameParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let role = try NamedEntity.find(name, in: try await client.roles(), noun: "role", name: \.name)
        let userIDs = Set(try await client.userIDs(roleID: role.id))
        let groupIDs = Set(try await client.groupIDs(roleID: role.id))
        let users = try await context.session.users.all().filter { userIDs.contains($0.id) }.compactMap(\.email)
        let groups = try await client.groups().filter { groupIDs.contains($0.id) }.map(\.name)
        return CommandResult(.record(role), notes: [
            "assigned to users: \(users.isEmpty ? "none" : users.joined(separator: ", "))",
            "assigned to groups: \(groups.isEmpty ? "none" : groups.joined(separator: ", "))",
        ])
    }
}
