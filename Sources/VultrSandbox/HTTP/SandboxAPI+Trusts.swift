import Foundation
import OpenAPIRuntime
import VultrOpenAPI

/// Role trusts, and the views of a user's groups, roles and policies.
extension SandboxAPI {
    func listIamRoleTrusts(_ input: Operations.ListIamRoleTrusts.Input) async throws -> Operations.ListIamRoleTrusts.Output {
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: await store.trusts())
        return .ok(.init(body: .json(.init(roleTrusts: await trusts(page.items), meta: Self.meta(page)))))
    }

    func createIamRoleTrust(_ input: Operations.CreateIamRoleTrust.Input) async throws -> Operations.CreateIamRoleTrust.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let entity = try await store.createTrust(Self.changes(body))
        return .created(.init(body: .json(.init(value1: await trust(entity)))))
    }

    func getIamRoleTrust(_ input: Operations.GetIamRoleTrust.Input) async throws -> Operations.GetIamRoleTrust.Output {
        let entity = try await store.trust(id: input.path.roleTrustId)
        return .ok(.init(body: .json(.init(value2: .init(roleTrust: await trust(entity))))))
    }

    func updateIamRoleTrust(_ input: Operations.UpdateIamRoleTrust.Input) async throws -> Operations.UpdateIamRoleTrust.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let entity = try await store.updateTrust(id: input.path.roleTrustId, Self.changes(body))
        return .ok(.init(body: .json(.init(value1: await trust(entity)))))
    }

    func deleteIamRoleTrust(_ input: Operations.DeleteIamRoleTrust.Input) async throws -> Operations.DeleteIamRoleTrust.Output {
        try await store.deleteTrust(id: input.path.roleTrustId)
        return .noContent(.init())
    }

    func restoreIamRoleTrust(_ input: Operations.RestoreIamRoleTrust.Input) async throws -> Operations.RestoreIamRoleTrust.Output {
        let entity = try await store.restoreTrust(id: input.path.roleTrustId)
        // govultr reads this answer wrapped in `role_trust`.
        return .ok(.init(body: .json(.init(value2: .init(roleTrust: await trust(entity))))))
    }

    func listIamRoleTrustsByRole(_ input: Operations.ListIamRoleTrustsByRole.Input) async throws -> Operations.ListIamRoleTrustsByRole.Output {
        let records = try await store.trusts(ofRole: input.path.roleId)
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: records)
        return .ok(.init(body: .json(.init(roleTrusts: await trusts(page.items), meta: Self.meta(page)))))
    }

    func listIamAssumableRoles(_ input: Operations.ListIamAssumableRoles.Input) async throws -> Operations.ListIamAssumableRoles.Output {
        let records = try await store.assumableTrusts(userID: input.path.memberId)
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: records)
        return .ok(.init(body: .json(.init(assumableRoles: await trusts(page.items), meta: Self.meta(page)))))
    }

    private func trusts(_ records: some Sequence<RoleTrustEntity>) async -> [Components.Schemas.RoleTrust] {
        var result: [Components.Schemas.RoleTrust] = []
        for entity in records { result.append(await trust(entity)) }
        return result
    }

    static func changes(_ body: Components.Schemas.RoleTrustRequest) -> SandboxStore.TrustChanges {
        .init(roleID: body.roleId, type: body.trustType, userID: body.trustedUserId, groupID: body.trustedGroupId,
              hoursStart: body.conditions?.timeOfDay?.start, hoursEnd: body.conditions?.timeOfDay?.end,
              ipRanges: body.conditions?.ipAddress, validUntil: body.validUntil)
    }

    // MARK: A user's views

    func listIamUserGroups(_ input: Operations.ListIamUserGroups.Input) async throws -> Operations.ListIamUserGroups.Output {
        let groups = try await store.groups(ofUser: input.path.userId)
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: groups)
        let users = await store.usersByID
        return .ok(.init(body: .json(.init(groups: page.items.map { Self.group($0, users: users) }, meta: Self.meta(page)))))
    }

    func listIamUserRoles(_ input: Operations.ListIamUserRoles.Input) async throws -> Operations.ListIamUserRoles.Output {
        let view = try await store.roleView(ofUser: input.path.userId)
        return .ok(.init(body: .json(.init(roles: .RoleViewParts(Self.roleParts(view)), meta: Self.meta(total: view.all.count)))))
    }

    func listIamUserPolicies(_ input: Operations.ListIamUserPolicies.Input) async throws -> Operations.ListIamUserPolicies.Output {
        let view = try await store.policyView(ofUser: input.path.userId)
        return .ok(.init(body: .json(.init(policies: .PolicyViewParts(Self.policyParts(view)), meta: Self.meta(total: view.all.count)))))
    }

    // The key's own user is the account owner, who has unconditional access and so needs (and
    // has) no groups, roles or policies.

    func listIamCurrentUserGroups(_ input: Operations.ListIamCurrentUserGroups.Input) async throws -> Operations.ListIamCurrentUserGroups.Output {
        _ = try await store.organizationState()
        return .ok(.init(body: .json(.init(groups: [], meta: Self.meta(total: 0)))))
    }

    func listIamCurrentUserRoles(_ input: Operations.ListIamCurrentUserRoles.Input) async throws -> Operations.ListIamCurrentUserRoles.Output {
        _ = try await store.organizationState()
        return .ok(.init(body: .json(.init(roles: .RoleViewParts(.init(all: [], direct: [], inherited: [])), meta: Self.meta(total: 0)))))
    }

    func listIamCurrentUserPolicies(_ input: Operations.ListIamCurrentUserPolicies.Input) async throws -> Operations.ListIamCurrentUserPolicies.Output {
        _ = try await store.organizationState()
        return .ok(.init(body: .json(.init(policies: .PolicyViewParts(.init(all: [], direct: [], inherited: [])), meta: Self.meta(total: 0)))))
    }
}
