import VultrAPI

/// `allow add|rm <cidr>`: allows API access from a subnet, or stops allowing it, for every
/// selected user.
struct ChangeAllowlist: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "allow", keywords: .all(Operation.self), parameters: [subnet.parameter],
        summary: "Change the API IP allowlist of the selected users",
        details: """
        Allow API access from a subnet, or stop allowing it. A bare address means that single \
        host (/32 for IPv4, /128 for IPv6).
        """,
        examples: ["allow add 203.0.113.0/24", "allow rm 203.0.113.0/24"], changesAccount: true)

    enum Operation: String, Sendable, CaseIterable { case add, rm }

    static let subnet: TypedParameter<CIDRBlock> = .one("cidr", .cidr)

    let adding: Bool
    let block: CIDRBlock

    init(_ arguments: ParsedArguments) {
        adding = arguments.keyword(Operation.self) == .add
        block = arguments[Self.subnet]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let change = "allow \(adding ? "add" : "rm") \(block)"
        let users = try await context.targets(nil, command: "allow \(adding ? "add" : "rm")")
        let (client, adding, block) = (try context.client, self.adding, self.block)
        var plans: [PlannedChange] = []
        for user in users {
            let present = try await client.allowlist(userID: user.id).contains { $0.subnet == block }
            let plan = AccountPlans.allowlist(user, block, adding: adding, present: present, client: client, change: change)
            plans.append(plan)
        }
        return await ChangeEngine.run(plans, change, in: context)
    }
}
