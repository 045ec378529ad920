import VultrAPI

/// Who holds a group, role or policy, by every path, for the `group=`, `role=` and `policy=`
/// filters: a group's members; a role's users, directly or through a group; a policy's users,
/// directly or through a group or a role.
struct OrganizationHolders {
    let client: VultrClient

    /// The ids of the users `noun` `name` applies to; `name` may be a pattern with `*` and `?`
    /// (every group, role or policy it matches). A name not there is an error naming the closest.
    func users(of noun: IAMNoun, named name: String) async throws -> Set<String> {
        let groups = try await client.groups()
        func members(_ groupIDs: some Sequence<String>) -> Set<String> {
            let wanted = Set(groupIDs)
            return Set(groups.filter { wanted.contains($0.id) }.flatMap { $0.members.map(\.id) })
        }
        func named<T>(_ items: [T], _ itemName: (T) -> String) throws -> [T] {
            try NamedEntity.matching(name, in: items, noun: noun, name: itemName)
        }
        var ids = Set<String>()
        switch noun {
        case .group:
            ids = members(try named(groups, \.name).map(\.id))
        case .role:
            for role in try named(try await client.roles(), \.name) { ids.formUnion(try await holders(ofRole: role.id, members: members)) }
        case .policy:
            let roles = try await client.roles()
            for policy in try named(try await client.policies(), \.name) {
                ids.formUnion(try await client.userIDs(policyID: policy.id))
                ids.formUnion(members(try await client.groupIDs(policyID: policy.id)))
                for role in roles where role.policies.contains(where: { $0.id == policy.id }) {
                    ids.formUnion(try await holders(ofRole: role.id, members: members))
                }
            }
        }
        return ids
    }

    private func holders(ofRole roleID: String, members: (([String]) -> Set<String>)) async throws -> Set<String> {
        var ids = Set(try await client.userIDs(roleID: roleID))
        ids.formUnion(members(try await client.groupIDs(roleID: roleID)))
        return ids
    }
}
