import VultrAPI

/// `ls trusts [role]`: who may assume which assumable role, and when.
struct ListTrusts: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["trusts"], parameters: [Self.roleParameter.parameter],
        summary: "List role trusts: who may assume which role, and when",
        details: "List the role trusts of the organization, or of one role: who they trust, the hours and addresses, and until when.",
        examples: ["ls trusts", "ls trusts break-glass"])

    let role: String?

    static let roleParameter: TypedParameter<String?> = .optional("role", .text)

    init(_ arguments: ParsedArguments) { role = arguments[Self.roleParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let trusts: [RoleTrust]
        if let role {
            trusts = try await client.roleTrusts(roleID: NamedEntity.find(role, in: try await client.roles(), noun: .role, name: \.name).id)
        } else {
            trusts = try await client.roleTrusts()
        }
        return CommandResult(.list(RecordList(trusts, empty: "(no role trusts)")))
    }
}
