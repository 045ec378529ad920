import Foundation
import VultrOpenAPI

/// The organization, its members' standing in it, and invitations.
extension VultrClient {
    /// The organizations the key sees: one, or none on an account without IAM.
    public func organizations() async throws -> [Organization] {
        try await collect("organizations") { perPage, cursor in
            try await perform("list organizations") {
                let output = try await client.listOrganizations(query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: (body.orgs ?? body.organizations ?? []).map(Organization.init), meta: body.meta)
            }
        }
    }

    /// The account's organization; a ``VultrError`` of kind `.noOrganization` when it has none.
    public func organization() async throws -> Organization {
        guard let organization = try await organizations().first else {
            throw VultrError(kind: .noOrganization, message: "IAM is not enabled on this account: it has no organization.", operation: "list organizations")
        }
        return organization
    }

    /// Renames an organization or changes its type.
    public func updateOrganization(id: String, name: String? = nil, type: String? = nil) async throws -> Organization {
        try await perform("update organization") {
            let output = try await client.updateOrganization(path: .init(organizationId: id), body: .json(.init(name: name, _type: type)))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try Organization(ok.body.json)
        }
    }

    /// Suspends a member, keeping their assignments; suspending one already suspended changes nothing.
    public func suspend(userID: String, organizationID: String) async throws {
        try await perform("suspend member", userID: userID) {
            let output = try await client.suspendOrganizationUser(path: .init(organizationId: organizationID, memberId: userID))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    /// Lifts a member's suspension.
    public func unsuspend(userID: String, organizationID: String) async throws {
        try await perform("unsuspend member", userID: userID) {
            let output = try await client.unsuspendOrganizationUser(path: .init(organizationId: organizationID, memberId: userID))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    /// Removes a member from the organization with their groups, roles and direct policies;
    /// the person's Vultr account stays.
    public func removeMember(userID: String, organizationID: String) async throws {
        try await perform("remove member", userID: userID) {
            let output = try await client.removeOrganizationUser(path: .init(organizationId: organizationID, memberId: userID))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    /// The suspended members.
    public func suspendedMembers(organizationID: String) async throws -> [OrganizationMember] {
        try await collect("suspended members") { perPage, cursor in
            try await perform("list suspended members") {
                let output = try await client.listOrganizationSuspendedUsers(
                    path: .init(organizationId: organizationID), query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: (body.users ?? []).map(OrganizationMember.init), meta: body.meta)
            }
        }
    }

    // MARK: Invitations

    /// Every invitation, pending or not.
    public func invitations() async throws -> [Invitation] {
        try await collect("invitations") { perPage, cursor in
            try await perform("list invitations") {
                let output = try await client.listInvitations(query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: (body.invites ?? body.invitations ?? []).map(Invitation.init), meta: body.meta)
            }
        }
    }

    public func invitation(id: String) async throws -> Invitation {
        try await perform("get invitation \(id)") {
            let output = try await client.getInvitation(path: .init(invitationId: id))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try Invitation(ok.body.json)
        }
    }

    /// Invites an address to the organization; the invitation expires after 3 days.
    public func invite(email: String, apiEnabled: Bool) async throws -> Invitation {
        try await perform("invite \(email)") {
            let body = Components.Schemas.InvitationRequest(emailInvited: email, permissions: .init(apiEnabled: .case1(apiEnabled)))
            let output = try await client.createInvitation(body: .json(body))
            guard case .created(let created) = output else { throw Self.unexpected(output) }
            return try Invitation(created.body.json)
        }
    }

    /// Sends a pending invitation again, with a new expiry.
    public func resendInvitation(id: String) async throws -> Invitation {
        try await perform("resend invitation \(id)") {
            let output = try await client.resendInvitation(path: .init(invitationId: id))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try Invitation(ok.body.json)
        }
    }
}
