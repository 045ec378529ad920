import Foundation
import VultrOpenAPI

/// One attachment in the organization: a member in a group, a role given to a user or group,
/// a policy in a role or given to a user or group.
public enum Link: Hashable, Sendable, Codable {
    case groupMember(group: String, user: String)
    case roleUser(role: String, user: String)
    case roleGroup(role: String, group: String)
    case rolePolicy(role: String, policy: String)
    case policyUser(policy: String, user: String)
    case policyGroup(policy: String, group: String)
}

/// What sending an attachment or detachment did.
public enum LinkOutcome: Sendable, Equatable {
    /// The server made the change.
    case changed
    /// It already held (attached, or already detached): Vultr refused the request as a
    /// duplicate or as not found, and reading back showed the wanted state.
    case alreadyHeld
}

extension VultrClient {
    /// Attaches `link`. A refusal (400) or a lost answer is read back: when the link then holds,
    /// the outcome says whether this request made it; otherwise the failure stands.
    public func attach(_ link: Link) async throws -> LinkOutcome {
        try await settle(link, wanted: true) { try await send(link, attach: true) }
    }

    /// Detaches `link`; a 404 or a lost answer is read back as for ``attach(_:)``.
    public func detach(_ link: Link) async throws -> LinkOutcome {
        try await settle(link, wanted: false) { try await send(link, attach: false) }
    }

    /// Whether `link` holds now, read from the server; a link to a group, role or policy that
    /// is gone (404) does not.
    public func holds(_ link: Link) async throws -> Bool {
        do { return try await readHolds(link) } catch let error as VultrError where error.status == 404 { return false }
    }

    private func readHolds(_ link: Link) async throws -> Bool {
        switch link {
        case .groupMember(let group, let user): try await self.group(id: group).members.contains { $0.id == user }
        case .roleUser(let role, let user): try await userIDs(roleID: role).contains(user)
        case .roleGroup(let role, let group): try await groupIDs(roleID: role).contains(group)
        case .rolePolicy(let role, let policy): try await self.role(id: role).policies.contains { $0.id == policy }
        case .policyUser(let policy, let user): try await userIDs(policyID: policy).contains(user)
        case .policyGroup(let policy, let group): try await groupIDs(policyID: policy).contains(group)
        }
    }

    private func settle(_ link: Link, wanted: Bool, _ send: () async throws -> Void) async throws -> LinkOutcome {
        do {
            try await send()
            return .changed
        } catch let error as VultrError {
            let refusal = error.status == (wanted ? 400 : 404)
            guard refusal || error.mayHaveActed else { throw error }
            guard try await holds(link) == wanted else { throw error }
            // A refusal of a re-sent request may be of the first attempt's own work.
            return refusal && !error.earlierAttemptMayHaveActed ? .alreadyHeld : .changed
        }
    }

    private func send(_ link: Link, attach: Bool) async throws {
        switch link {
        case .groupMember(let group, let user):
            if attach { try await addMember(groupID: group, userID: user) } else { try await removeMember(groupID: group, userID: user) }
        case .roleUser(let role, let user):
            try await perform("\(attach ? "assign" : "unassign") role \(role)", userID: user) {
                if attach {
                    let output = try await client.assignIamUserToRole(path: .init(roleId: role, memberId: user))
                    guard case .created = output else { throw Self.unexpected(output) }
                } else {
                    let output = try await client.removeIamUserFromRole(path: .init(roleId: role, memberId: user))
                    guard case .noContent = output else { throw Self.unexpected(output) }
                }
            }
        case .roleGroup(let role, let group):
            try await perform("\(attach ? "assign" : "unassign") role \(role) to group \(group)") {
                if attach {
                    let output = try await client.assignIamGroupToRole(path: .init(roleId: role, groupId: group))
                    guard case .created = output else { throw Self.unexpected(output) }
                } else {
                    let output = try await client.removeIamGroupFromRole(path: .init(roleId: role, groupId: group))
                    guard case .noContent = output else { throw Self.unexpected(output) }
                }
            }
        case .rolePolicy(let role, let policy):
            try await perform("\(attach ? "put" : "take") policy \(policy) \(attach ? "in" : "out of") role \(role)") {
                if attach {
                    let output = try await client.assignIamPolicyToRole(path: .init(roleId: role, policyId: policy))
                    guard case .created = output else { throw Self.unexpected(output) }
                } else {
                    let output = try await client.removeIamPolicyFromRole(path: .init(roleId: role, policyId: policy))
                    guard case .noContent = output else { throw Self.unexpected(output) }
                }
            }
        case .policyUser(let policy, let user):
            try await perform("\(attach ? "attach" : "detach") policy \(policy)", userID: user) {
                if attach {
                    let output = try await client.attachIamUserToPolicy(path: .init(policyId: policy, memberId: user))
                    guard case .created = output else { throw Self.unexpected(output) }
                } else {
                    let output = try await client.detachIamUserFromPolicy(path: .init(policyId: policy, memberId: user))
                    guard case .noContent = output else { throw Self.unexpected(output) }
                }
            }
        case .policyGroup(let policy, let group):
            try await perform("\(attach ? "attach" : "detach") policy \(policy) \(attach ? "to" : "from") group \(group)") {
                if attach {
                    let output = try await client.attachIamGroupToPolicy(path: .init(policyId: policy, groupId: group))
                    guard case .created = output else { throw Self.unexpected(output) }
                } else {
                    let output = try await client.detachIamGroupFromPolicy(path: .init(policyId: policy, groupId: group))
                    guard case .noContent = output else { throw Self.unexpected(output) }
                }
            }
        }
    }
}
