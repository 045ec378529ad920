import Foundation
import OpenAPIRuntime
import VultrOpenAPI

/// Roles and their assignments.
extension SandboxAPI {
    func listIamRoles(_ input: Operations.ListIamRoles.Input) async throws -> Operations.ListIamRoles.Output {
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: await store.roles())
        return .ok(.init(body: .json(.init(roles: try await roles(Array(page.items)), meta: Self.meta(page)))))
    }

    func createIamRole(_ input: Operations.CreateIamRole.Input) async throws -> Operations.CreateIamRole.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let record = try await store.createRole(name: body.name, description: body.description, type: body.roleType,
                                                maxSessionDuration: body.maxSessionDuration)
        return .created(.init(body: .json(.init(value1: try await role(record)))))
    }

    func getIamRole(_ input: Operations.GetIamRole.Input) async throws -> Operations.GetIamRole.Output {
        let record = try await store.role(id: input.path.roleId)
        return .ok(.init(body: .json(.init(value2: .init(role: try await role(record))))))
    }

    func updateIamRole(_ input: Operations.UpdateIamRole.Input) async throws -> Operations.UpdateIamRole.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let record = try await store.updateRole(id: input.path.roleId, name: body.name, description: body.description,
                                                type: body.roleType, maxSessionDuration: body.maxSessionDuration)
        return .ok(.init(body: .json(.init(value1: try await role(record)))))
    }

    func deleteIamRole(_ input: Operations.DeleteIamRole.Input) async throws -> Operations.DeleteIamRole.Output {
        try await store.deleteRole(id: input.path.roleId)
        return .noContent(.init())
    }

    func restoreIamRole(_ input: Operations.RestoreIamRole.Input) async throws -> Operations.RestoreIamRole.Output {
        let record = try await store.restoreRole(id: input.path.roleId)
        return .ok(.init(body: .json(.init(value1: try await role(record)))))
    }

    func listIamRoleUsers(_ input: Operations.ListIamRoleUsers.Input) async throws -> Operations.ListIamRoleUsers.Output {
        let record = try await store.role(id: input.path.roleId)
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: record.users)
        let items = page.items.map { Self.assignment(role: record, user: $0.id, date: $0.dateAssigned) }
        return .ok(.init(body: .json(.init(assignments: items, meta: Self.meta(page)))))
    }

    func assignIamUserToRole(_ input: Operations.AssignIamUserToRole.Input) async throws -> Operations.AssignIamUserToRole.Output {
        let record = try await store.attachToRole(roleID: input.path.roleId, .user, input.path.memberId)
        let link = record.users.last!
        return .created(.init(body: .json(Self.answer(Self.assignment(role: record, user: link.id, date: link.dateAssigned)))))
    }

    func removeIamUserFromRole(_ input: Operations.RemoveIamUserFromRole.Input) async throws -> Operations.RemoveIamUserFromRole.Output {
        try await store.detachFromRole(roleID: input.path.roleId, .user, input.path.memberId)
        return .noContent(.init())
    }

    func listIamRoleGroups(_ input: Operations.ListIamRoleGroups.Input) async throws -> Operations.ListIamRoleGroups.Output {
        let record = try await store.role(id: input.path.roleId)
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: record.groups)
        var items: [Components.Schemas.Assignment] = []
        for link in page.items {
            items.append(Self.assignment(role: record, group: try await store.group(id: link.id), date: link.dateAssigned))
        }
        return .ok(.init(body: .json(.init(assignments: items, meta: Self.meta(page)))))
    }

    func assignIamGroupToRole(_ input: Operations.AssignIamGroupToRole.Input) async throws -> Operations.AssignIamGroupToRole.Output {
        let record = try await store.attachToRole(roleID: input.path.roleId, .group, input.path.groupId)
        let group = try await store.group(id: input.path.groupId)
        return .created(.init(body: .json(Self.answer(Self.assignment(role: record, group: group, date: record.groups.last!.dateAssigned)))))
    }

    func removeIamGroupFromRole(_ input: Operations.RemoveIamGroupFromRole.Input) async throws -> Operations.RemoveIamGroupFromRole.Output {
        try await store.detachFromRole(roleID: input.path.roleId, .group, input.path.groupId)
        return .noContent(.init())
    }

    func listIamRolePolicies(_ input: Operations.ListIamRolePolicies.Input) async throws -> Operations.ListIamRolePolicies.Output {
        let record = try await store.role(id: input.path.roleId)
        let live = Set(try await store.policies(ofRole: record.id).map(\.id))
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor)
            .page(of: record.policies.filter { live.contains($0.id) })
        var policies: [Components.Schemas.Policy] = []
        for link in page.items { policies.append(Self.policy(try await store.policy(id: link.id), fromRole: record, source: "role")) }
        return .ok(.init(body: .json(.init(policies: policies, meta: Self.meta(page)))))
    }

    func assignIamPolicyToRole(_ input: Operations.AssignIamPolicyToRole.Input) async throws -> Operations.AssignIamPolicyToRole.Output {
        let record = try await store.attachToRole(roleID: input.path.roleId, .policy, input.path.policyId)
        let policy = try await store.policy(id: input.path.policyId)
        return .created(.init(body: .json(Self.answer(Self.assignment(role: record, policy: policy, date: record.policies.last!.dateAssigned)))))
    }

    func removeIamPolicyFromRole(_ input: Operations.RemoveIamPolicyFromRole.Input) async throws -> Operations.RemoveIamPolicyFromRole.Output {
        try await store.detachFromRole(roleID: input.path.roleId, .policy, input.path.policyId)
        return .noContent(.init())
    }

    /// An attachment answered bare, as govultr reads it.
    static func answer(_ assignment: Components.Schemas.Assignment) -> Components.Schemas.AssignmentAnswer {
        .init(userId: assignment.userId, groupId: assignment.groupId, groupName: assignment.groupName,
              roleId: assignment.roleId, roleName: assignment.roleName, roleDescription: assignment.roleDescription,
              roleType: assignment.roleType, policyId: assignment.policyId, policyName: assignment.policyName,
              policyDescription: assignment.policyDescription, dateAssigned: assignment.dateAssigned,
              assignedBy: assignment.assignedBy)
    }
}
