import Foundation
import VultrValues

/// The organization, its members' standing in it, and invitations.
extension SandboxStore {
    /// The organization, or 403 on an account without IAM.
    func organizationState() throws(SandboxError) -> OrganizationState {
        guard let organization = state.organization else { throw .noOrganization }
        return organization
    }

    /// `mutate` on the organization; 403 on an account without IAM.
    func mutateOrganization<T>(_ change: (inout OrganizationState) throws(SandboxError) -> T) throws(SandboxError) -> T {
        _ = try organizationState()
        return try mutate { (state: inout SandboxState) throws(SandboxError) -> T in
            try change(&state.organization!)
        }
    }

    /// The organizations the key sees: one, or none on an account without IAM.
    func organizations() -> [OrganizationEntity] {
        state.organization.map { [$0.organization] } ?? []
    }

    func organization(id: String) throws(SandboxError) -> OrganizationEntity {
        let organization = try organizationState().organization
        guard organization.id == id else { throw .notFound("Organization not found.") }
        return organization
    }

    func updateOrganization(id: String, name: String?, type: String?) throws(SandboxError) -> OrganizationEntity {
        _ = try organization(id: id)
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { throw .badRequest("name cannot be empty") }
        return try mutateOrganization { organization in
            if let name { organization.organization.name = name }
            if let type, !type.isEmpty { organization.organization.type = type }
            return organization.organization
        }
    }

    // MARK: Members

    /// The member's index, after checking the organization id.
    private func member(_ userID: String, organizationID: String) throws(SandboxError) -> Int {
        _ = try organization(id: organizationID)
        return try index(ofUser: userID)
    }

    /// Removes a member from the organization: they are no longer a user of the account, and
    /// lose their groups, roles, direct policies and trusts.
    func removeMember(_ userID: String, organizationID: String) throws(SandboxError) {
        let index = try member(userID, organizationID: organizationID)
        try mutate { state in
            state.users.remove(at: index)
            state.organization?.forget(member: userID)
        }
    }

    /// Suspends a member, keeping their assignments; suspending one already suspended changes
    /// nothing. A pending invitee cannot be suspended.
    func suspend(_ userID: String, organizationID: String) throws(SandboxError) {
        let index = try member(userID, organizationID: organizationID)
        switch state.users[index].status {
        case "suspended": return
        case "pending": throw .badRequest("User has not accepted their invitation yet and cannot be suspended.")
        default: break
        }
        let now = VultrDate.string(Date())
        try mutateUnchecked { state in
            state.users[index].status = "suspended"
            state.users[index].dateSuspended = now
        }
    }

    /// Lifts a suspension; unsuspending an active member changes nothing.
    func unsuspend(_ userID: String, organizationID: String) throws(SandboxError) {
        let index = try member(userID, organizationID: organizationID)
        guard state.users[index].status == "suspended" else { return }
        try mutateUnchecked { state in
            state.users[index].status = "active"
            state.users[index].dateSuspended = nil
        }
    }

    func suspendedMembers(organizationID: String) throws(SandboxError) -> [UserEntity] {
        _ = try organization(id: organizationID)
        return state.users.filter { $0.status == "suspended" }
    }

    // MARK: Invitations

    func invitations() throws(SandboxError) -> [InvitationEntity] {
        try organizationState().invitations
    }

    func invitation(id: String) throws(SandboxError) -> InvitationEntity {
        guard let invitation = try organizationState().invitations.first(where: { $0.id == id }) else {
            throw .notFound("Invitation not found.")
        }
        return invitation
    }

    /// Invites an address that is neither a member nor already invited; it expires in 3 days.
    func invite(email: String?, apiEnabled: Bool) throws(SandboxError) -> InvitationEntity {
        let email = try Validation.email(Validation.required(email, "email_invited"))
        let lowered = email.lowercased()
        if state.users.contains(where: { $0.email.lowercased() == lowered && $0.status != "pending" }) {
            throw .badRequest("\(email) is already a member of this organization.")
        }
        if try organizationState().invitations.contains(where: { $0.email.lowercased() == lowered && $0.status == "Pending" }) {
            throw .badRequest("\(email) already has a pending invitation.")
        }
        let now = Date()
        let account = state.account
        return try mutateOrganization { organization in
            let invitation = InvitationEntity(
                sequence: organization.takeSequence(), id: UUID().uuidString.lowercased(), email: email,
                apiEnabled: apiEnabled, inviterName: account.name, inviterEmail: account.email, status: "Pending",
                dateCreated: VultrDate.string(now), dateResponded: "",
                expirationDate: VultrDate.string(now.addingTimeInterval(InvitationEntity.lifetime)))
            organization.invitations.append(invitation)
            return invitation
        }
    }

    /// Sends a pending invitation again, 3 more days from now.
    func resendInvitation(id: String) throws(SandboxError) -> InvitationEntity {
        let invitation = try invitation(id: id)
        guard invitation.status == "Pending" else {
            throw .badRequest("Only a pending invitation can be resent; this one is \(invitation.status).")
        }
        let expiry = VultrDate.string(Date().addingTimeInterval(InvitationEntity.lifetime))
        return try mutateOrganization { organization in
            let index = organization.invitations.firstIndex { $0.id == id }!
            organization.invitations[index].expirationDate = expiry
            return organization.invitations[index]
        }
    }

    // MARK: Owner's own keys

    func ownerKeys() -> [APIKeyEntity] { state.ownerKeys }

    func ownerKey(id: String) throws(SandboxError) -> APIKeyEntity {
        guard let key = state.ownerKeys.first(where: { $0.id == id }) else { throw .notFound("API key not found.") }
        return key
    }

    func createOwnerKey(name: String?, expire: Bool?, dateExpire: String?) throws(SandboxError) -> APIKeyEntity {
        let key = newKey(name: name ?? "", expire: expire ?? false,
                         dateExpire: try Self.expiry(expire: expire, dateExpire: dateExpire))
        try mutateUnchecked { state in state.ownerKeys.append(key) }
        return key
    }

    func deleteOwnerKey(id: String) throws(SandboxError) {
        _ = try ownerKey(id: id)
        try mutateUnchecked { state in state.ownerKeys.removeAll { $0.id == id } }
    }
}
