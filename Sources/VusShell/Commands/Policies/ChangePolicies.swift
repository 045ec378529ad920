import VultrAPI

/// `policy add|rm NAME [group=G | role=R]`: attaches a policy to the selected users directly,
/// or to a group or role, or detaches it.
struct ChangePolicies: ShellCommand {
    enum Operation: String, Sendable, CaseIterable { case add, rm }

    static let policyName: TypedParameter<String> = .one("policy", .named(.policy))
    static let groupOption: TypedOption<String?> = .optional("group", .named(.group), placeholder: "group")
    static let roleOption: TypedOption<String?> = .optional("role", .named(.role), placeholder: "role")

    static let syntax = CommandSyntax(
        verb: "policy", keywords: .all(Operation.self), parameters: [policyName.parameter],
        options: [groupOption.spec, roleOption.spec],
        summary: "Attach a policy to the selected users, a group or a role, or detach it",
        details: """
        Attach the policy directly to every selected user (add), or detach it (rm); with group=G \
        or role=R, to or from that group or role instead. What already holds is reported \
        unchanged, as is detaching a policy vus has deleted. 'ls policies' lists them, 'show policy NAME' shows one; 'undo' reverses it.
        """,
        examples: ["policy add billing-reader", "policy rm billing-reader", "policy add billing-reader group=contractors",
                   "policy add billing-reader role=auditor", "policy rm billing-reader role=auditor"],
        changesAccount: true, removingKeywords: [Operation.rm.rawValue])

    let operation: Operation
    let name: String
    let group: String?
    let role: String?

    init(_ arguments: ParsedArguments) throws(Diagnostic) {
        operation = arguments.keyword(Operation.self)
        name = arguments[Self.policyName]
        group = arguments[Self.groupOption]
        role = arguments[Self.roleOption]
        if group != nil && role != nil {
            throw arguments.missing("'policy \(operation.rawValue)' takes group= or role=, not both")
        }
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        do { return try await change(in: context) } catch let missing as NameNotFound where operation == .rm {
            let users = group == nil && role == nil ? try await context.targets(nil, command: "policy rm") : nil
            return try await context.unlinkedFromDeleted(missing, change: "policy rm \(name)", users: users)
        }
    }

    private func change(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let adding = operation == .add
        let policy = try await context.policy(named: name)
        let change = "policy \(operation.rawValue) \(policy.name)"
        let plans: [PlannedChange]
        if let group {
            let group = try await context.group(named: group)
            let holders = Set(try await client.groupIDs(policyID: policy.id))
            plans = [OrganizationPlans.link(.policyGroup(policy: policy.id, group: group.id), attach: adding, holds: holders.contains(group.id),
                                            subject: .object(OrganizationObject(group)), change: change, held: "already attached", client: client)]
        } else if let role {
            let role = try await context.role(named: role)
            plans = [OrganizationPlans.link(.rolePolicy(role: role.id, policy: policy.id), attach: adding,
                                            holds: role.policies.contains { $0.id == policy.id },
                                            subject: .object(OrganizationObject(role)), change: change, held: "already attached", client: client)]
        } else {
            let users = try await context.targets(nil, command: "policy \(operation.rawValue)")
            let holders = Set(try await client.userIDs(policyID: policy.id))
            plans = OrganizationPlans.links(for: users, holders: holders, attach: adding, change: change,
                                            held: "already attached", client: client) { .policyUser(policy: policy.id, user: $0.id) }
        }
        return await ChangeEngine.run(plans, change, in: context)
    }
}
