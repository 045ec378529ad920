import Foundation
import VultrOpenAPI

/// Groups and their members.
extension VultrClient {
    /// Every group, each with its members.
    public func groups() async throws -> [Group] {
        try await collect("groups") { perPage, cursor in
            try await perform("list groups") {
                let output = try await client.listIamGroups(query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: body.groups.map(Group.init), meta: body.meta)
            }
        }
    }

    public func group(id: String) async throws -> Group {
        try await perform("get group \(id)") {
            let output = try await client.getIamGroup(path: .init(groupId: id))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try Group(ok.body.json)
        }
    }

    public func createGroup(name: String, description: String = "") async throws -> Group {
        try await perform("create group \(name)") {
            let output = try await client.createIamGroup(body: .json(.init(displayName: name, description: description)))
            guard case .created(let created) = output else { throw Self.unexpected(output) }
            return try Group(created.body.json)
        }
    }

    public func updateGroup(id: String, name: String? = nil, description: String? = nil) async throws -> Group {
        try await perform("update group \(id)") {
            let output = try await client.updateIamGroup(path: .init(groupId: id), body: .json(.init(displayName: name, description: description)))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try Group(ok.body.json)
        }
    }

    /// Deletes a group, with its memberships and attachments; it cannot be restored.
    public func deleteGroup(id: String) async throws {
        try await perform("delete group \(id)") {
            let output = try await client.deleteIamGroup(path: .init(groupId: id))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    /// A group's members.
    public func members(groupID: String) async throws -> [OrganizationMember] {
        try await collect("group members") { perPage, cursor in
            try await perform("list members of group \(groupID)") {
                let output = try await client.listIamGroupMembers(path: .init(groupId: groupID), query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: body.members.map(OrganizationMember.init), meta: body.meta)
            }
        }
    }

    /// Adds a member. Vultr refuses one who is already a member (400): see ``Attachment``.
    public func addMember(groupID: String, userID: String) async throws {
        try await perform("add to group \(groupID)", userID: userID) {
            let output = try await client.addIamGroupMember(path: .init(groupId: groupID), body: .json(.init(userId: userID, displayName: userID)))
            guard case .created = output else { throw Self.unexpected(output) }
        }
    }

    /// Takes a member out. Vultr refuses one who is not a member (404).
    public func removeMember(groupID: String, userID: String) async throws {
        try await perform("remove from group \(groupID)", userID: userID) {
            let output = try await client.removeIamGroupMember(path: .init(groupId: groupID, memberId: userID))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    /// The roles a group holds (a group inherits none).
    public func roles(groupID: String) async throws -> Held<RoleReference> {
        try await perform("list roles of group \(groupID)") {
            let output = try await client.listIamGroupRoles(path: .init(groupId: groupID))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return Held(try ok.body.json.roles)
        }
    }

    /// The policies that apply to a group: attached to it, and inside its roles.
    public func policies(groupID: String) async throws -> Held<PolicyReference> {
        try await perform("list policies of group \(groupID)") {
            let output = try await client.listIamGroupPolicies(path: .init(groupId: groupID))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return Held(try ok.body.json.policies)
        }
    }
}
