import Foundation
import OpenAPIRuntime
import VultrOpenAPI

/// Policies and their attachments.
extension SandboxAPI {
    func listIamPolicies(_ input: Operations.ListIamPolicies.Input) async throws -> Operations.ListIamPolicies.Output {
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: await store.policies())
        return .ok(.init(body: .json(.init(policies: page.items.map { Self.policy($0) }, meta: Self.meta(page)))))
    }

    func createIamPolicy(_ input: Operations.CreateIamPolicy.Input) async throws -> Operations.CreateIamPolicy.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        guard let document = body.policyDocument else { throw SandboxError.badRequest("Missing required field: policy_document") }
        let record = try await store.createPolicy(
            name: body.name, description: body.description, version: body.version ?? document.version,
            statements: try Self.statements(document))
        return .created(.init(body: .json(.init(value1: Self.policy(record)))))
    }

    func getIamPolicy(_ input: Operations.GetIamPolicy.Input) async throws -> Operations.GetIamPolicy.Output {
        let record = try await store.policy(id: input.path.policyId)
        return .ok(.init(body: .json(.init(value2: .init(policy: Self.policy(record))))))
    }

    func updateIamPolicy(_ input: Operations.UpdateIamPolicy.Input) async throws -> Operations.UpdateIamPolicy.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let statements = try body.policyDocument.map { try Self.statements($0) }
        let record = try await store.updatePolicy(id: input.path.policyId, name: body.name, description: body.description,
                                                  version: body.version ?? body.policyDocument?.version, statements: statements)
        return .accepted(.init(body: .json(.init(value1: Self.policy(record)))))
    }

    func deleteIamPolicy(_ input: Operations.DeleteIamPolicy.Input) async throws -> Operations.DeleteIamPolicy.Output {
        try await store.deletePolicy(id: input.path.policyId)
        return .noContent(.init())
    }

    func restoreIamPolicy(_ input: Operations.RestoreIamPolicy.Input) async throws -> Operations.RestoreIamPolicy.Output {
        let record = try await store.restorePolicy(id: input.path.policyId)
        return .accepted(.init(body: .json(.init(value1: Self.policy(record)))))
    }

    func listIamPolicyUsers(_ input: Operations.ListIamPolicyUsers.Input) async throws -> Operations.ListIamPolicyUsers.Output {
        let record = try await store.policy(id: input.path.policyId)
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: record.users)
        return .ok(.init(body: .json(.init(users: Self.members(page.items, users: await store.usersByID), meta: Self.meta(page)))))
    }

    func attachIamUserToPolicy(_ input: Operations.AttachIamUserToPolicy.Input) async throws -> Operations.AttachIamUserToPolicy.Output {
        try await store.attachPolicy(id: input.path.policyId, toGroup: false, input.path.memberId)
        let policy = try await store.policy(id: input.path.policyId)
        return .created(.init(body: .json(.init(policyUserRelationship: .init(
            userId: input.path.memberId, policyId: policy.id, policyName: policy.name,
            policyDescription: policy.description, dateAssigned: policy.users.last!.dateAssigned)))))
    }

    func detachIamUserFromPolicy(_ input: Operations.DetachIamUserFromPolicy.Input) async throws -> Operations.DetachIamUserFromPolicy.Output {
        try await store.detachPolicy(id: input.path.policyId, fromGroup: false, input.path.memberId)
        return .noContent(.init())
    }

    func listIamPolicyGroups(_ input: Operations.ListIamPolicyGroups.Input) async throws -> Operations.ListIamPolicyGroups.Output {
        let record = try await store.policy(id: input.path.policyId)
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: record.groups)
        let users = await store.usersByID
        var groups: [Components.Schemas.Group] = []
        for link in page.items {
            var group = Self.group(try await store.group(id: link.id), users: users)
            group.assignedDate = link.dateAssigned
            groups.append(group)
        }
        return .ok(.init(body: .json(.init(groups: groups, meta: Self.meta(page)))))
    }

    func attachIamGroupToPolicy(_ input: Operations.AttachIamGroupToPolicy.Input) async throws -> Operations.AttachIamGroupToPolicy.Output {
        try await store.attachPolicy(id: input.path.policyId, toGroup: true, input.path.groupId)
        let policy = try await store.policy(id: input.path.policyId)
        let group = try await store.group(id: input.path.groupId)
        return .created(.init(body: .json(.init(policyGroupRelationship: .init(
            groupId: group.id, groupName: group.name, policyId: policy.id, policyName: policy.name,
            policyDescription: policy.description, dateAssigned: policy.groups.last!.dateAssigned)))))
    }

    func detachIamGroupFromPolicy(_ input: Operations.DetachIamGroupFromPolicy.Input) async throws -> Operations.DetachIamGroupFromPolicy.Output {
        try await store.detachPolicy(id: input.path.policyId, fromGroup: true, input.path.groupId)
        return .noContent(.init())
    }

    /// A document's statements, checked whole; a malformed one is a 400 with the reason.
    static func statements(_ document: Components.Schemas.PolicyDocument) throws(SandboxError) -> [StatementEntity] {
        func list(_ value: Components.Schemas.PolicyStatement.ActionPayload?) -> [String]? {
            switch value {
            case .case1(let one): [one]
            case .case2(let many): many
            case nil: nil
            }
        }
        func resources(_ value: Components.Schemas.PolicyStatement.ResourcePayload?) -> [String]? {
            switch value {
            case .case1(let one): [one]
            case .case2(let many): many
            case nil: nil
            }
        }
        return try IAMValidation.statements(document.statement?.map { ($0.effect, list($0.action), resources($0.resource)) })
    }
}
