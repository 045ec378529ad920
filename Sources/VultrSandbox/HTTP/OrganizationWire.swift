import Foundation
import VultrOpenAPI

/// Sandbox records as the wire carries them, in the shapes govultr v3.32.0 decodes.
extension SandboxAPI {
    static func meta<Element: Sendable>(_ page: Page<Element>) -> Components.Schemas.Meta {
        Components.Schemas.Meta(total: page.total, links: .init(next: page.next, prev: page.prev))
    }

    /// Meta for a view that is not paged.
    static func meta(total: Int) -> Components.Schemas.Meta { .init(total: total, links: .init(next: "", prev: "")) }

    static func organization(_ record: OrganizationEntity) -> Components.Schemas.Organization {
        .init(id: record.id, name: record.name, _type: record.type, dateCreated: record.dateCreated)
    }

    static func member(_ user: UserEntity, assigned: String? = nil) -> Components.Schemas.MemberUser {
        .init(id: user.id, name: user.name, displayName: user.name, firstName: user.firstName, lastName: user.lastName,
              email: user.email, active: user.status == "active", serviceUser: user.serviceUser,
              assignmentType: assigned == nil ? nil : "direct", dateCreated: user.invitedOn,
              dateSuspended: user.dateSuspended ?? "", assignedDate: assigned)
    }

    static func invitation(_ record: InvitationEntity, organization: OrganizationEntity) -> Components.Schemas.Invitation {
        .init(id: record.id, inviterName: record.inviterName, inviterEmail: record.inviterEmail,
              emailInvited: record.email, emailRegistered: record.status == "Accepted" ? record.email : "",
              permissions: .InvitationPermissions(.init(apiEnabled: .case1(record.apiEnabled))), orgId: organization.id,
              orgName: organization.name, status: record.status.lowercased(), statusFull: record.status,
              inviteStatus: record.status, dateCreated: record.dateCreated, dateResponded: record.dateResponded,
              expirationDate: record.expirationDate)
    }

    /// A group with its members; `users` is ``SandboxStore/usersByID``, built once per answer.
    static func group(_ record: GroupEntity, users: [String: UserEntity]) -> Components.Schemas.Group {
        .init(id: record.id, displayName: record.name, description: record.description, status: "active",
                     members: members(record.members, users: users),
                     dateCreated: record.dateCreated, dateUpdated: record.dateUpdated)
    }

    static func document(_ statements: [StatementEntity], version: String) -> Components.Schemas.PolicyDocument {
        .init(version: version, statement: statements.map { statement in
            .init(effect: statement.effect, action: .case2(statement.actions), resource: .case2(statement.resources))
        })
    }

    static func policy(_ record: PolicyEntity, fromRole: RoleEntity? = nil, source: String? = nil) -> Components.Schemas.Policy {
        .init(id: record.id, name: record.name, description: record.description,
              policyDocument: document(record.statements, version: record.version), version: record.version,
              isSystemPolicy: record.isSystem, fromRole: fromRole?.id, source: source, dateCreated: record.dateCreated)
    }

    static func policySummary(_ granted: SandboxStore.Granted<PolicyEntity>) -> Components.Schemas.PolicySummary {
        let record = granted.entity
        return .init(id: record.id, name: record.name, description: record.description,
                     policyDocument: document(record.statements, version: record.version), version: record.version,
                     isSystemPolicy: record.isSystem, fromRole: granted.fromRole?.id, source: granted.source,
                     dateCreated: record.dateCreated, dateAssigned: granted.dateAssigned)
    }

    static func roleSummary(_ granted: SandboxStore.Granted<RoleEntity>) -> Components.Schemas.RoleSummary {
        let record = granted.entity
        return .init(id: record.id, name: record.name, displayName: record.name, description: record.description,
                     roleType: record.type, maxSessionDuration: record.maxSessionDuration,
                     dateAssigned: granted.dateAssigned, dateCreated: record.dateCreated)
    }

    func role(_ record: RoleEntity) async throws -> Components.Schemas.Role {
        try await roles([record])[0]
    }

    /// Roles with their policies, the policies looked up once for them all.
    func roles(_ records: [RoleEntity]) async throws -> [Components.Schemas.Role] {
        let byRole = Dictionary(grouping: try await store.policies(inRoles: records)) { $0.fromRole?.id ?? "" }
        return records.map { record in
            .init(id: record.id, name: record.name, description: record.description, roleType: record.type,
                  maxSessionDuration: record.maxSessionDuration,
                  policies: (byRole[record.id] ?? []).map(Self.policySummary), dateCreated: record.dateCreated)
        }
    }

    /// The members a page of links names, with when each was added (links to users no longer in
    /// the account are left out).
    static func members(_ links: some Sequence<LinkEntity>, users: [String: UserEntity]) -> [Components.Schemas.MemberUser] {
        links.compactMap { link in users[link.id].map { member($0, assigned: link.dateAssigned) } }
    }

    func trust(_ record: RoleTrustEntity) async -> Components.Schemas.RoleTrust {
        let role = try? await store.role(id: record.roleID, includingDeleted: true)
        let user = record.userID == nil ? nil : try? await store.user(id: record.userID!)
        let group = record.groupID == nil ? nil : try? await store.group(id: record.groupID!)
        return .init(id: record.id, roleId: record.roleID, roleName: role?.name, trustType: record.type,
                     trustedUserId: record.userID ?? "", trustedGroupId: record.groupID ?? "",
                     userDisplay: user?.email ?? "", groupDisplay: group?.name ?? "",
                     conditions: .init(timeOfDay: record.hours.map { .init(start: $0.start, end: $0.end) },
                                       ipAddress: record.ipRanges),
                     validUntil: record.validUntil, dateCreated: record.dateCreated)
    }

    static func assignment(role: RoleEntity, user: String? = nil, group: GroupEntity? = nil,
                           policy: PolicyEntity? = nil, date: String) -> Components.Schemas.Assignment {
        .init(userId: user, groupId: group?.id, groupName: group?.name, roleId: role.id, roleName: role.name,
              roleDescription: role.description, roleType: role.type, policyId: policy?.id, policyName: policy?.name,
              policyDescription: policy?.description, dateAssigned: date)
    }
}

extension SandboxStore {
    /// Every user by id, for joining members into answers.
    var usersByID: [String: UserEntity] {
        Dictionary(uniqueKeysWithValues: state.users.map { ($0.id, $0) })
    }
}
