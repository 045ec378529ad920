import VultrAPI

/// `role add|rm NAME [group=G]`: assigns a role to the selected users, or to a group, or takes
/// it away.
struct ChangeRoles: ShellCommand {
    enum Operation: String, Sendable, CaseIterable { case add, rm }

    static let roleName: TypedParameter<String> = .one("role", .named(.role))
    static let groupOption: TypedOption<String?> = .optional("group", .named(.group), placeholder: "group")

    static let syntax = CommandSyntax(
        verb: "role", keywords: .all(Operation.self), parameters: [roleName.parameter], options: [groupOption.spec],
        summary: "Assign a role to the selected users or a group, or take it away",
        details: """
        Assign the role to every selected user (add), or take it away (rm); with group=G, to or \
        from that group instead, and so to all its members. Only assignable roles are assigned \
        ('ls roles' shows the type); an assumable role is taken up through a trust ('help trust'). \
        What already holds is reported unchanged, as is taking away a role vus has deleted. 'undo' \
        reverses it.
        """,
        examples: ["role add auditor", "role rm auditor", "role add auditor group=contractors", "role rm auditor group=contractors"],
        changesAccount: true, removingKeywords: [Operation.rm.rawValue])

    let operation: Operation
    let name: String
    let group: String?

    init(_ arguments: ParsedArguments) {
        operation = arguments.keyword(Operation.self)
        name = arguments[Self.roleName]
        group = arguments[Self.groupOption]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        do { return try await change(in: context) } catch let missing as NameNotFound where operation == .rm {
            let users = group == nil ? try await context.targets(nil, command: "role rm") : nil
            return try await context.unlinkedFromDeleted(missing, change: "role rm \(name)", users: users)
        }
    }

    private func change(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let adding = operation == .add
        let role = try await context.role(named: name)
        if adding, role.kind == .assumable {
            throw ShellError("role \(role.name) is assumable: it is taken up through a trust, not assigned ('help trust')")
        }
        let change = "role \(operation.rawValue) \(role.name)"
        let plans: [PlannedChange]
        if let group {
            let group = try await context.group(named: group)
            let holders = Set(try await client.groupIDs(roleID: role.id))
            plans = [OrganizationPlans.link(.roleGroup(role: role.id, group: group.id), attach: adding, holds: holders.contains(group.id),
                                            subject: .object(OrganizationObject(group)), change: change, held: "already assigned", client: client)]
        } else {
            let users = try await context.targets(nil, command: "role \(operation.rawValue)")
            let holders = Set(try await client.userIDs(roleID: role.id))
            plans = OrganizationPlans.links(for: users, holders: holders, attach: adding, change: change,
                                            held: "already assigned", client: client) { .roleUser(role: role.id, user: $0.id) }
        }
        return await ChangeEngine.run(plans, change, in: context)
    }
}
