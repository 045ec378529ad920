import Foundation
import VultrValues

/// Policies, and the users and groups they are attached to.
extension SandboxStore {
    /// The policies that are not deleted.
    func policies() throws(SandboxError) -> [PolicyEntity] { try organizationState().policies.filter { !$0.deleted } }

    func policy(id: String, includingDeleted: Bool = false) throws(SandboxError) -> PolicyEntity {
        try organizationState().policies[policyIndex(id, includingDeleted: includingDeleted)]
    }

    private func policyIndex(_ id: String, includingDeleted: Bool = false) throws(SandboxError) -> Int {
        guard let index = try organizationState().policies.firstIndex(where: { $0.id == id && (includingDeleted || !$0.deleted) }) else {
            throw .notFound("Policy not found.")
        }
        return index
    }

    private func ensurePolicyNameFree(_ name: String, except id: String? = nil) throws(SandboxError) {
        let lowered = name.lowercased()
        if try policies().contains(where: { $0.name.lowercased() == lowered && $0.id != id }) {
            throw .badRequest("A policy named \(name) already exists.")
        }
    }

    private func customPolicyIndex(_ id: String) throws(SandboxError) -> Int {
        let index = try policyIndex(id)
        if try organizationState().policies[index].isSystem {
            throw .badRequest("Policy \(try organizationState().policies[index].name) is managed by Vultr and cannot be changed or deleted.")
        }
        return index
    }

    func createPolicy(name: String?, description: String?, version: String?, statements: [StatementEntity]) throws(SandboxError) -> PolicyEntity {
        let name = try IAMValidation.name(name, "name")
        try ensurePolicyNameFree(name)
        let now = VultrDate.string(Date())
        return try mutateOrganization { organization in
            let policy = PolicyEntity(
                sequence: organization.takeSequence(), id: UUID().uuidString.lowercased(), name: name,
                description: description ?? "", version: version ?? IAMValidation.defaultPolicyVersion,
                statements: statements, isSystem: false, dateCreated: now, deleted: false, users: [], groups: [])
            organization.policies.append(policy)
            return policy
        }
    }

    /// Changes a custom policy's fields that are sent (`statements` `nil` keeps the document).
    func updatePolicy(id: String, name: String?, description: String?, version: String?,
                      statements: [StatementEntity]?) throws(SandboxError) -> PolicyEntity {
        let index = try customPolicyIndex(id)
        let name = try name.flatMap { (text: String) throws(SandboxError) in text.isEmpty ? nil : try IAMValidation.name(text, "name") }
        if let name { try ensurePolicyNameFree(name, except: id) }
        return try mutateOrganization { organization in
            if let name { organization.policies[index].name = name }
            if let description { organization.policies[index].description = description }
            if let version, !version.isEmpty { organization.policies[index].version = version }
            if let statements { organization.policies[index].statements = statements }
            return organization.policies[index]
        }
    }

    /// Deletes a custom policy softly: it stops applying everywhere until it is restored.
    func deletePolicy(id: String) throws(SandboxError) {
        let index = try customPolicyIndex(id)
        try mutateOrganization { organization in organization.policies[index].deleted = true }
    }

    /// Restores a deleted policy with its attachments (see ``restoreRole(id:)``).
    func restorePolicy(id: String) throws(SandboxError) -> PolicyEntity {
        let index = try policyIndex(id, includingDeleted: true)
        let policy = try organizationState().policies[index]
        guard policy.deleted else { return policy }
        try ensurePolicyNameFree(policy.name, except: id)
        return try mutateOrganization { organization in
            organization.policies[index].deleted = false
            return organization.policies[index]
        }
    }

    // MARK: Attachments

    /// Attaches a policy to a user (`group` false) or a group; already attached answers 400.
    func attachPolicy(id: String, toGroup isGroup: Bool, _ target: String) throws(SandboxError) {
        let index = try policyIndex(id)
        if isGroup { _ = try group(id: target) } else { _ = try user(id: target) }
        let policy = try organizationState().policies[index]
        guard !(isGroup ? policy.groups : policy.users).contains(id: target) else {
            throw .badRequest("Policy \(policy.name) is already attached to this \(isGroup ? "group" : "user").")
        }
        let now = VultrDate.string(Date())
        try mutateOrganization { organization in
            let link = LinkEntity(sequence: organization.takeSequence(), id: target, dateAssigned: now)
            if isGroup { organization.policies[index].groups.append(link) } else { organization.policies[index].users.append(link) }
        }
    }

    /// Detaches a policy from a user or group; one not attached answers 404.
    func detachPolicy(id: String, fromGroup isGroup: Bool, _ target: String) throws(SandboxError) {
        let index = try policyIndex(id)
        let policy = try organizationState().policies[index]
        guard (isGroup ? policy.groups : policy.users).contains(id: target) else {
            throw .notFound("Policy \(policy.name) is not attached to this \(isGroup ? "group" : "user").")
        }
        try mutateOrganization { organization in
            if isGroup { organization.policies[index].groups.remove(id: target) } else { organization.policies[index].users.remove(id: target) }
        }
    }
}
