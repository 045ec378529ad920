import VultrAPI

/// Who holds a group, role or policy, by every path, for the `group=`, `role=` and `policy=`
/// filters: a group's members; a role's users, directly or through a group; a policy's users,
/// directly or through a group or a role.
struct OrganizationHolders {
    let client: VultrClient

    /// The ids of the users `noun` `name` applies to; a name not there is an error naming the closest.
    func users(of noun: IAMNoun, named name: String) async throws -> Set<String> {
        let groups = try await client.groups()
        func members(_ groupIDs: some Sequence<String>) -> Set<String> {
            let wanted = Set(groupIDs)
            return Set(groups.filter { wanted.contains($0.id) }.flatMap { $0.members.map(\.id) })
        }
        switch noun {
        case .group:
            return members([try NamedEntity.find(name, in: groups, noun: .group, name: \.name).id])
        case .role:
            let role = try NamedEntity.find(name, in: try await client.roles(), noun: .role, name: \.name)
            return try await holders(ofRole: role.id, members: members)
        case .policy:
            let policy = try NamedEntity.find(name, in: try await client.policies(), noun: .policy, name: \.name)
            var ids = Set(try await client.userIDs(policyID: policy.id))
            ids.formUnion(members(try await client.groupIDs(policyID: policy.id)))
            for role in try await client.roles() where role.policies.contains(where: { $0.id == policy.id }) {
                ids.formUnion(try await holders(ofRole: role.id, members: members))
            }
            return ids
        }
    }

    private func holders(ofRole roleID: String, members: (([String]) -> Set<String>)) async throws -> Set<String> {
        var ids = Set(try await client.userIDs(roleID: roleID))
        ids.formUnion(members(try await client.groupIDs(roleID: roleID)))
        return ids
    }
}
