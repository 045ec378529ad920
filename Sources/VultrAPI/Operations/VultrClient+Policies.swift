import Foundation
import VultrAccess
import VultrOpenAPI

/// Policies, and who they are attached to.
extension VultrClient {
    /// Every policy, managed and custom, with its document.
    public func policies() async throws -> [Policy] {
        try await collect("policies") { perPage, cursor in
            try await perform("list policies") {
                let output = try await client.listIamPolicies(query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: body.policies.map(Policy.init), meta: body.meta)
            }
        }
    }

    public func policy(id: String) async throws -> Policy {
        try await perform("get policy \(id)") {
            let output = try await client.getIamPolicy(path: .init(policyId: id))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try Policy(ok.body.json)
        }
    }

    /// Creates a custom policy; Vultr refuses a malformed document (400, with the reason).
    public func createPolicy(name: String, document: PolicyDocument, description: String = "") async throws -> Policy {
        try await perform("create policy \(name)") {
            let body = Components.Schemas.PolicyRequest(name: name, description: description, policyDocument: document.wire,
                                                        version: document.version)
            let output = try await client.createIamPolicy(body: .json(body))
            guard case .created(let created) = output else { throw Self.unexpected(output) }
            return try Policy(created.body.json)
        }
    }

    public func updatePolicy(id: String, name: String? = nil, description: String? = nil, document: PolicyDocument? = nil) async throws -> Policy {
        try await perform("update policy \(id)") {
            let body = Components.Schemas.PolicyRequest(name: name, description: description, policyDocument: document?.wire)
            let output = try await client.updateIamPolicy(path: .init(policyId: id), body: .json(body))
            guard case .accepted(let accepted) = output else { throw Self.unexpected(output) }
            return try Policy(accepted.body.json)
        }
    }

    /// Deletes a custom policy softly: it stops applying until ``restorePolicy(id:)``.
    public func deletePolicy(id: String) async throws {
        try await perform("delete policy \(id)") {
            let output = try await client.deleteIamPolicy(path: .init(policyId: id))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    public func restorePolicy(id: String) async throws -> Policy {
        try await perform("restore policy \(id)") {
            let output = try await client.restoreIamPolicy(path: .init(policyId: id))
            guard case .accepted(let accepted) = output else { throw Self.unexpected(output) }
            return try Policy(accepted.body.json)
        }
    }

    /// The ids of the users a policy is attached to directly.
    public func userIDs(policyID: String) async throws -> [String] {
        try await collect("policy users") { perPage, cursor in
            try await perform("list users of policy \(policyID)") {
                let output = try await client.listIamPolicyUsers(path: .init(policyId: policyID), query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                let ids = body.users.map { $0.map(\.id) } ?? (body.policyUserRelationships ?? []).compactMap(\.userId)
                return ListPage(items: ids, meta: body.meta)
            }
        }
    }

    /// The ids of the groups a policy is attached to.
    public func groupIDs(policyID: String) async throws -> [String] {
        try await collect("policy groups") { perPage, cursor in
            try await perform("list groups of policy \(policyID)") {
                let output = try await client.listIamPolicyGroups(path: .init(policyId: policyID), query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                let ids = body.groups.map { $0.map(\.id) } ?? (body.policyGroupRelationships ?? []).compactMap(\.groupId)
                return ListPage(items: ids, meta: body.meta)
            }
        }
    }
}
