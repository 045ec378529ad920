import VultrAPI

/// What a group, role or policy of the organization is attached to, as Vultr says now: a group's
/// members, roles and policies; who holds a role; where a policy is attached. `show` lists it, and
/// `rm` says it before deleting an object in use.
struct ObjectUses {
    /// One kind of attachment, and the names in it (emails for users).
    struct Use {
        /// `members`, `assigned to groups`, `attached to users`, `in roles`…
        var label: String
        var names: [String]
    }

    var object: OrganizationObject
    var uses: [Use]

    /// The attachments there are, for a sentence: `members a@x.com, b@x.com; roles developer`.
    var inWords: [String] {
        uses.filter { !$0.names.isEmpty }.map { "\($0.label) \($0.names.joined(separator: ", "))" }
    }

    /// A line for each kind, `none` where there is none: what `show` prints under the object.
    var lines: [String] {
        uses.map { "\($0.label): \($0.names.isEmpty ? "none" : $0.names.joined(separator: ", "))" }
    }

    /// Reads what `group` is attached to. For `show group`, which lists the members as a table,
    /// `listingMembers` leaves them out and adds the policies the members get through its roles.
    static func of(_ group: Group, context: CommandContext, listingMembers: Bool = false) async throws -> ObjectUses {
        let client = try context.client
        async let roles = client.roles(groupID: group.id)
        async let policies = client.policies(groupID: group.id)
        let members = listingMembers ? [] : try await emails(group.members.map(\.id), context: context)
        let (held, attached) = try await (roles, policies)
        var uses = [Use(label: "roles", names: held.direct.map(\.name)), Use(label: "policies", names: attached.direct.map(\.name))]
        if listingMembers {
            uses.append(Use(label: "policies through roles", names: Set(attached.inherited.map(\.name)).sorted()))
        } else {
            uses.insert(Use(label: "members", names: members), at: 0)
        }
        return ObjectUses(object: OrganizationObject(group), uses: uses)
    }

    /// Reads who holds `role`.
    static func of(_ role: Role, context: CommandContext) async throws -> ObjectUses {
        let client = try context.client
        async let userIDs = client.userIDs(roleID: role.id)
        async let groupIDs = client.groupIDs(roleID: role.id)
        let (users, groups) = try await (userIDs, groupIDs)
        return ObjectUses(object: OrganizationObject(role), uses: [
            Use(label: "assigned to users", names: try await emails(users, context: context)),
            Use(label: "assigned to groups", names: try await groupNames(groups, context: context)),
        ])
    }

    /// Reads where `policy` is attached: to users, to groups, and inside roles.
    static func of(_ policy: Policy, context: CommandContext) async throws -> ObjectUses {
        let client = try context.client
        async let userIDs = client.userIDs(policyID: policy.id)
        async let groupIDs = client.groupIDs(policyID: policy.id)
        async let roles = client.roles()
        let (users, groups) = try await (userIDs, groupIDs)
        return ObjectUses(object: OrganizationObject(policy), uses: [
            Use(label: "attached to users", names: try await emails(users, context: context)),
            Use(label: "attached to groups", names: try await groupNames(groups, context: context)),
            Use(label: "in roles", names: try await roles.filter { $0.policies.contains { $0.id == policy.id } }.map(\.name)),
        ])
    }

    /// The users' emails (an id where a user has none), sorted.
    private static func emails(_ ids: [String], context: CommandContext) async throws -> [String] {
        guard !ids.isEmpty else { return [] }
        let users = Dictionary(try await context.session.users.all().map { ($0.id, $0.email ?? $0.id) }, uniquingKeysWith: { first, _ in first })
        return ids.map { users[$0] ?? $0 }.sorted()
    }

    /// The groups' names, in the organization's order.
    private static func groupNames(_ ids: [String], context: CommandContext) async throws -> [String] {
        guard !ids.isEmpty else { return [] }
        return try await context.client.groups().filter { ids.contains($0.id) }.map(\.name)
    }
}
