import VultrAPI

/// `rm trust ID` or `rm trust ROLE user=U`: deletes role trusts.
struct RemoveTrust: ShellCommand {
    static let trustParameter: TypedParameter<String> = .one("id|role", .text)
    static let userOption: TypedOption<UserRef?> = .optional("user", .user, placeholder: "user")

    static let syntax = CommandSyntax(
        verb: "rm", keywords: ["trust"], parameters: [trustParameter.parameter], options: [userOption.spec],
        summary: "Delete a role trust",
        details: """
        Delete one trust by id (or its first 8 characters or more; 'ls trusts' shows them), or every trust of a \
        role for one user (rm trust ROLE user=U). 'undo' restores it.
        """,
        examples: ["rm trust break-glass user=emeka.muller@example.com"], changesAccount: true)

    let trust: String
    let user: UserRef?

    init(_ arguments: ParsedArguments) {
        trust = arguments[Self.trustParameter]
        user = arguments[Self.userOption]
    }

    /// The fewest characters of an id that `rm trust ID` takes.
    static let shortestIDPrefix = 8

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let trusts: [RoleTrust]
        if let user {
            let role = try await context.role(named: trust)
            let member = try await context.target(user, command: "rm trust")
            trusts = try await client.roleTrusts(roleID: role.id).filter { $0.userID == member.id }
            guard !trusts.isEmpty else { throw ShellError("\(member.label) has no trust in role \(role.name)") }
        } else {
            let roles = try await context.names(of: .role)
            if let role = roles.first(where: { $0.lowercased() == trust.lowercased() }) {
                throw ShellError("'rm trust \(trust)' names role \(role): add user=USER for that user's trusts in it, "
                    + "or give a trust id ('ls trusts \(role)' lists them)")
            }
            // An id is named by enough of it that a slip of one character does not name another.
            guard trust.count >= Self.shortestIDPrefix else {
                throw ShellError("'\(trust)' is too short for a trust id: write at least \(Self.shortestIDPrefix) characters of it ('ls trusts' lists them)")
            }
            let matching = try await client.roleTrusts().filter { $0.id.lowercased().hasPrefix(trust.lowercased()) }
            guard matching.count == 1 else {
                guard matching.isEmpty else { throw ShellError("'\(trust)' is the start of \(matching.count) trust ids; write more of it") }
                // More likely a role's name mistyped than an id no trust has.
                if let role = Suggest.closest(trust, among: roles) {
                    throw ShellError("no trust with id '\(trust)'; did you mean role '\(role)'? 'rm trust \(role) user=USER' deletes that user's trusts in it")
                }
                throw ShellError("no trust with id '\(trust)'; 'ls trusts' lists them")
            }
            trusts = matching
        }
        // Each record says whose trust it was, as 'ls trusts' does.
        let plans = trusts.map { trust in
            let who = trust.trusted ?? trust.id
            return OrganizationPlans.delete(OrganizationObject(kind: .trust, id: trust.id, name: trust.roleName ?? trust.roleID),
                                            client: client, change: "rm trust \(who)")
        }
        return await ChangeEngine(context: context)
            .apply(plans, confirmation: .always("Delete these role trusts?"))
            .result(summary: "rm trust")
    }
}
