import Foundation
import VultrValues
import OpenAPIRuntime
import VultrOpenAPI

/// Groups and their members.
extension SandboxAPI {
    func listIamGroups(_ input: Operations.ListIamGroups.Input) async throws -> Operations.ListIamGroups.Output {
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: await store.groups())
        let users = await store.usersByID
        return .ok(.init(body: .json(.init(groups: page.items.map { Self.group($0, users: users) }, meta: Self.meta(page)))))
    }

    func createIamGroup(_ input: Operations.CreateIamGroup.Input) async throws -> Operations.CreateIamGroup.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let record = try await store.createGroup(name: body.displayName, description: body.description)
        return .created(.init(body: .json(.init(value1: Self.group(record, users: [:])))))
    }

    func getIamGroup(_ input: Operations.GetIamGroup.Input) async throws -> Operations.GetIamGroup.Output {
        let record = try await store.group(id: input.path.groupId)
        // govultr reads this one answer wrapped in `group`.
        return .ok(.init(body: .json(.init(value2: .init(group: Self.group(record, users: await store.usersByID))))))
    }

    func updateIamGroup(_ input: Operations.UpdateIamGroup.Input) async throws -> Operations.UpdateIamGroup.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let record = try await store.updateGroup(id: input.path.groupId, name: body.displayName, description: body.description)
        return .ok(.init(body: .json(.init(value1: Self.group(record, users: await store.usersByID)))))
    }

    func deleteIamGroup(_ input: Operations.DeleteIamGroup.Input) async throws -> Operations.DeleteIamGroup.Output {
        try await store.deleteGroup(id: input.path.groupId)
        return .noContent(.init())
    }

    func listIamGroupMembers(_ input: Operations.ListIamGroupMembers.Input) async throws -> Operations.ListIamGroupMembers.Output {
        let group = try await store.group(id: input.path.groupId)
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: group.members)
        return .ok(.init(body: .json(.init(members: Self.members(page.items, users: await store.usersByID), meta: Self.meta(page)))))
    }

    func addIamGroupMember(_ input: Operations.AddIamGroupMember.Input) async throws -> Operations.AddIamGroupMember.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let user = try await store.addMember(groupID: input.path.groupId, userID: body.userId ?? body.displayName)
        return .created(.init(body: .json(.init(groupMember: Self.member(user, assigned: VultrDate.string(Date()))))))
    }

    func removeIamGroupMember(_ input: Operations.RemoveIamGroupMember.Input) async throws -> Operations.RemoveIamGroupMember.Output {
        try await store.removeMember(groupID: input.path.groupId, userID: input.path.memberId)
        return .noContent(.init())
    }

    func listIamGroupRoles(_ input: Operations.ListIamGroupRoles.Input) async throws -> Operations.ListIamGroupRoles.Output {
        let view = try await store.roleView(ofGroup: input.path.groupId)
        return .ok(.init(body: .json(.init(roles: .RoleViewParts(Self.roleParts(view)), meta: Self.meta(total: view.all.count)))))
    }

    func listIamGroupPolicies(_ input: Operations.ListIamGroupPolicies.Input) async throws -> Operations.ListIamGroupPolicies.Output {
        let view = try await store.policyView(ofGroup: input.path.groupId)
        // A group's view names its inherited part `from_roles`.
        let parts = Components.Schemas.PolicyViewParts(
            all: view.all.map(Self.policySummary), direct: view.direct.map(Self.policySummary),
            fromRoles: view.inherited.map(Self.policySummary))
        return .ok(.init(body: .json(.init(policies: .PolicyViewParts(parts), meta: Self.meta(total: view.all.count)))))
    }

    static func roleParts(_ view: SandboxStore.View<RoleEntity>) -> Components.Schemas.RoleViewParts {
        .init(all: view.all.map(roleSummary), direct: view.direct.map(roleSummary), inherited: view.inherited.map(roleSummary))
    }

    static func policyParts(_ view: SandboxStore.View<PolicyEntity>) -> Components.Schemas.PolicyViewParts {
        .init(all: view.all.map(policySummary), direct: view.direct.map(policySummary),
              inherited: view.inherited.map(policySummary))
    }
}
