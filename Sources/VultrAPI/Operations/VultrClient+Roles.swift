import Foundation
import VultrOpenAPI

/// Roles, and who they are assigned to.
extension VultrClient {
    /// Every role, each with its policies.
    public func roles() async throws -> [Role] {
        try await collect("roles") { perPage, cursor in
            try await perform("list roles") {
                let output = try await client.listIamRoles(query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: body.roles.map(Role.init), meta: body.meta)
            }
        }
    }

    public func role(id: String) async throws -> Role {
        try await perform("get role \(id)") {
            let output = try await client.getIamRole(path: .init(roleId: id))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try Role(ok.body.json)
        }
    }

    public func createRole(name: String, kind: Role.Kind = .assignable, description: String = "",
                           maxSessionDuration: Int? = nil) async throws -> Role {
        try await perform("create role \(name)") {
            let body = Components.Schemas.RoleRequest(name: name, description: description, roleType: kind.rawValue,
                                                      maxSessionDuration: maxSessionDuration)
            let output = try await client.createIamRole(body: .json(body))
            guard case .created(let created) = output else { throw Self.unexpected(output) }
            return try Role(created.body.json)
        }
    }

    public func updateRole(id: String, name: String? = nil, kind: Role.Kind? = nil, description: String? = nil) async throws -> Role {
        try await perform("update role \(id)") {
            let body = Components.Schemas.RoleRequest(name: name, description: description, roleType: kind?.rawValue)
            let output = try await client.updateIamRole(path: .init(roleId: id), body: .json(body))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try Role(ok.body.json)
        }
    }

    /// Deletes a role softly: it and its assignments stop applying until ``restoreRole(id:)``.
    public func deleteRole(id: String) async throws {
        try await perform("delete role \(id)") {
            let output = try await client.deleteIamRole(path: .init(roleId: id))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    public func restoreRole(id: String) async throws -> Role {
        try await perform("restore role \(id)") {
            let output = try await client.restoreIamRole(path: .init(roleId: id))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try Role(ok.body.json)
        }
    }

    /// The ids of the users a role is assigned to directly.
    public func userIDs(roleID: String) async throws -> [String] {
        try await collect("role users") { perPage, cursor in
            try await perform("list users of role \(roleID)") {
                let output = try await client.listIamRoleUsers(path: .init(roleId: roleID), query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: (body.assignments ?? body.roleUserRelationships ?? []).compactMap(\.userId), meta: body.meta)
            }
        }
    }

    /// The ids of the groups a role is assigned to.
    public func groupIDs(roleID: String) async throws -> [String] {
        try await collect("role groups") { perPage, cursor in
            try await perform("list groups of role \(roleID)") {
                let output = try await client.listIamRoleGroups(path: .init(roleId: roleID), query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: (body.assignments ?? body.roleGroupRelationships ?? []).compactMap(\.groupId), meta: body.meta)
            }
        }
    }

    /// The policies inside a role.
    public func policies(roleID: String) async throws -> [Policy] {
        try await collect("role policies") { perPage, cursor in
            try await perform("list policies of role \(roleID)") {
                let output = try await client.listIamRolePolicies(path: .init(roleId: roleID), query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: (body.policies ?? []).map(Policy.init), meta: body.meta)
            }
        }
    }
}
