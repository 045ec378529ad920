import VultrAPI

/// `group add|rm NAME`: the selected users join a group, or leave it.
struct ChangeGroupMembers: ShellCommand {
    enum Operation: String, Sendable, CaseIterable { case add, rm }

    static let groupName: TypedParameter<String> = .one("group", .named(.group))

    static let syntax = CommandSyntax(
        verb: "group", keywords: .all(Operation.self), parameters: [groupName.parameter],
        summary: "Add the selected users to a group, or take them out of it",
        details: """
        The selected users join the group (add) or leave it (rm), and so gain or lose its roles \
        and policies. Users already in it (or already out, or out of a group vus has deleted) are \
        reported unchanged and nothing is sent. 'ls groups' lists the groups; 'undo' reverses it.
        """,
        examples: ["group add contractors", "group rm contractors"], changesAccount: true,
        removingKeywords: [Operation.rm.rawValue])

    let operation: Operation
    let name: String

    init(_ arguments: ParsedArguments) {
        operation = arguments.keyword(Operation.self)
        name = arguments[Self.groupName]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let users = try await context.targets(nil, command: "group \(operation.rawValue)")
        let group: Group
        do { group = try await context.group(named: name) } catch let missing as NameNotFound where operation == .rm {
            return try await context.unlinkedFromDeleted(missing, change: "group rm \(name)", users: users)
        }
        let members = Set(group.members.map(\.id))
        let change = "group \(operation.rawValue) \(group.name)"
        let plans = OrganizationPlans.links(for: users, holders: members, attach: operation == .add, change: change,
                                            held: "already a member", client: client) { .groupMember(group: group.id, user: $0.id) }
        return await ChangeEngine.run(plans, change, in: context)
    }
}
