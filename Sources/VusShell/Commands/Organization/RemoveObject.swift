import VultrAPI

/// `rm group|role|policy NAME`: deletes an object of the organization, saying first what it is
/// attached to.
struct RemoveObject: ShellCommand {
    static let objectName: TypedParameter<String> = .one("name", .text)

    static let syntax = CommandSyntax(
        verb: "rm", keywords: .all(IAMNoun.self), parameters: [objectName.parameter],
        summary: "Delete a group, role or policy",
        details: """
        Delete a group, role or policy of the organization. When it is in use, vus first says \
        what it is attached to (members, groups, roles, users) and asks (-y skips). Deleting a \
        role or policy can be undone ('undo', or 'restore role|policy NAME'): it comes back with \
        its attachments. Deleting a group is final: its memberships go with it. Vultr's managed \
        policies cannot be deleted.
        """,
        examples: ["rm group billing", "rm role auditor", "rm policy unused-legacy"], changesAccount: true)

    let noun: IAMNoun
    let name: String

    init(_ arguments: ParsedArguments) {
        noun = arguments.keyword(IAMNoun.self)
        name = arguments[Self.objectName]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let (object, uses) = try await inUse(context)
        let change = "rm \(noun.rawValue) \(object.name)"
        let question = uses.isEmpty ? "Delete \(object.label)?" : "Delete \(object.label)? It is in use: \(uses.joined(separator: "; "))."
        var batch = await ChangeEngine(context: context)
            .apply([OrganizationPlans.delete(object, client: client, change: change)], confirmation: .always(question))
        if !uses.isEmpty { batch.notes.insert("\(object.label) was in use: \(uses.joined(separator: "; "))", at: 0) }
        return batch.result(summary: change)
    }

    /// The object, and what it is attached to, in words.
    private func inUse(_ context: CommandContext) async throws -> (OrganizationObject, [String]) {
        let client = try context.client
        let users = Dictionary(try await context.session.users.all().map { ($0.id, $0.email ?? $0.id) }, uniquingKeysWith: { first, _ in first })
        func emails(_ ids: [String]) -> String { ids.map { users[$0] ?? $0 }.sorted().joined(separator: ", ") }
        var uses: [String] = []
        switch noun {
        case .group:
            let group = try await context.group(named: name)
            if !group.members.isEmpty { uses.append("members \(emails(group.members.map(\.id)))") }
            let roles = try await client.roles(groupID: group.id).direct.map(\.name)
            if !roles.isEmpty { uses.append("roles \(roles.joined(separator: ", "))") }
            let policies = try await client.policies(groupID: group.id).direct.map(\.name)
            if !policies.isEmpty { uses.append("policies \(policies.joined(separator: ", "))") }
            return (OrganizationObject(group), uses)
        case .role:
            let role = try await context.role(named: name)
            let holders = try await client.userIDs(roleID: role.id)
            if !holders.isEmpty { uses.append("users \(emails(holders))") }
            let groups = try await groupNames(try await client.groupIDs(roleID: role.id), client: client)
            if !groups.isEmpty { uses.append("groups \(groups)") }
            return (OrganizationObject(role), uses)
        case .policy:
            let policy = try await context.policy(named: name)
            guard !policy.isManaged else { throw ShellError("policy \(policy.name) is managed by Vultr and cannot be deleted") }
            let holders = try await client.userIDs(policyID: policy.id)
            if !holders.isEmpty { uses.append("users \(emails(holders))") }
            let groups = try await groupNames(try await client.groupIDs(policyID: policy.id), client: client)
            if !groups.isEmpty { uses.append("groups \(groups)") }
            let roles = try await client.roles().filter { $0.policies.contains { $0.id == policy.id } }.map(\.name)
            if !roles.isEmpty { uses.append("roles \(roles.joined(separator: ", "))") }
            return (OrganizationObject(policy), uses)
        }
    }

    private func groupNames(_ ids: [String], client: VultrClient) async throws -> String {
        guard !ids.isEmpty else { return "" }
        return try await client.groups().filter { ids.contains($0.id) }.map(\.name).joined(separator: ", ")
    }
}
