import Foundation

/// Something listed in creation order; its `sequence` anchors paging cursors, so a listing
/// neither skips nor repeats entries while others come and go.
protocol Sequenced {
    var sequence: Int { get }
}

extension UserEntity: Sequenced {}

/// One end of an attachment (a member of a group, a user or group a role is assigned to, a
/// policy in a role…): which entity, and when it was attached.
struct LinkEntity: Codable, Sendable, Equatable, Sequenced {
    var sequence: Int
    var id: String
    var dateAssigned: String
}

extension Array where Element == LinkEntity {
    func contains(id: String) -> Bool { contains { $0.id == id } }
    var ids: [String] { map(\.id) }
    mutating func remove(id: String) { removeAll { $0.id == id } }
}

/// The account's IAM organization.
struct OrganizationEntity: Codable, Sendable, Equatable {
    var id: String
    var name: String
    var type: String
    var dateCreated: String
}

/// An invitation to join the organization. `status` is `Pending` or `Accepted` (the reference
/// names no other); one past its expiry date stays `Pending` until it is sent again.
struct InvitationEntity: Codable, Sendable, Equatable, Sequenced {
    /// How long an invitation is valid after it is sent or sent again.
    static let lifetime: TimeInterval = 3 * 86_400

    var sequence: Int
    var id: String
    var email: String
    var apiEnabled: Bool
    var inviterName: String
    var inviterEmail: String
    var status: String
    var dateCreated: String
    var dateResponded: String
    var expirationDate: String
}

struct GroupEntity: Codable, Sendable, Equatable, Sequenced {
    var sequence: Int
    var id: String
    var name: String
    var description: String
    var dateCreated: String
    var dateUpdated: String
    var members: [LinkEntity]
}

/// A role. Deleting one is soft: `deleted` hides it and its assignments until it is restored.
struct RoleEntity: Codable, Sendable, Equatable, Sequenced {
    var sequence: Int
    var id: String
    var name: String
    var description: String
    /// `assignable` or `assumable`.
    var type: String
    var maxSessionDuration: Int
    var dateCreated: String
    var deleted: Bool
    var policies: [LinkEntity]
    var users: [LinkEntity]
    var groups: [LinkEntity]
}

/// One statement of a policy document, with `Action` and `Resource` always as lists.
struct StatementEntity: Codable, Sendable, Equatable {
    var effect: String
    var actions: [String]
    var resources: [String]
}

/// A policy. Managed ones (`isSystem`) cannot be changed or deleted; deleting a custom one is
/// soft, as for roles.
struct PolicyEntity: Codable, Sendable, Equatable, Sequenced {
    var sequence: Int
    var id: String
    var name: String
    var description: String
    var version: String
    var statements: [StatementEntity]
    var isSystem: Bool
    var dateCreated: String
    var deleted: Bool
    var users: [LinkEntity]
    var groups: [LinkEntity]
}

/// Who may assume an assumable role, and when. Deleting one is soft.
struct RoleTrustEntity: Codable, Sendable, Equatable, Sequenced {
    var sequence: Int
    var id: String
    var roleID: String
    var type: String
    var userID: String?
    var groupID: String?
    var hours: HourWindow?
    var ipRanges: [String]
    var validUntil: String
    var dateCreated: String
    var deleted: Bool
}

/// Hours of the day, UTC, from `start` up to `end` (0-24).
struct HourWindow: Codable, Sendable, Equatable {
    var start: Int
    var end: Int
}

/// Everything IAM the sandbox knows. `nil` in ``SandboxState`` is an account without IAM.
struct OrganizationState: Codable, Sendable, Equatable {
    var organization: OrganizationEntity
    var invitations: [InvitationEntity]
    var groups: [GroupEntity]
    var roles: [RoleEntity]
    var policies: [PolicyEntity]
    var trusts: [RoleTrustEntity]
    var nextSequence: Int

    /// A new sequence number, for a new entity or link.
    mutating func takeSequence() -> Int {
        defer { nextSequence += 1 }
        return nextSequence
    }

    /// What leaving the organization takes with a member: memberships, assignments, direct
    /// policies and the trusts naming them.
    mutating func forget(member id: String) {
        for index in groups.indices { groups[index].members.remove(id: id) }
        for index in roles.indices { roles[index].users.remove(id: id) }
        for index in policies.indices { policies[index].users.remove(id: id) }
        trusts.removeAll { $0.userID == id }
    }

    /// What a deleted group takes with it: its role and policy attachments and its trusts.
    mutating func forget(group id: String) {
        for index in roles.indices { roles[index].groups.remove(id: id) }
        for index in policies.indices { policies[index].groups.remove(id: id) }
        trusts.removeAll { $0.groupID == id }
    }
}
