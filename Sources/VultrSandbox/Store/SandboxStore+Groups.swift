import Foundation
import VultrValues

/// Groups and their members.
extension SandboxStore {
    func groups() throws(SandboxError) -> [GroupEntity] { try organizationState().groups }

    func group(id: String) throws(SandboxError) -> GroupEntity {
        guard let group = try organizationState().groups.first(where: { $0.id == id }) else {
            throw .notFound("Group not found.")
        }
        return group
    }

    private func groupIndex(_ id: String) throws(SandboxError) -> Int {
        guard let index = try organizationState().groups.firstIndex(where: { $0.id == id }) else {
            throw .notFound("Group not found.")
        }
        return index
    }

    private func ensureGroupNameFree(_ name: String, except id: String? = nil) throws(SandboxError) {
        let lowered = name.lowercased()
        if try organizationState().groups.contains(where: { $0.name.lowercased() == lowered && $0.id != id }) {
            throw .badRequest("A group named \(name) already exists.")
        }
    }

    func createGroup(name: String?, description: String?) throws(SandboxError) -> GroupEntity {
        let name = try IAMValidation.name(name, "display_name")
        try ensureGroupNameFree(name)
        let now = VultrDate.string(Date())
        return try mutateOrganization { organization in
            let group = GroupEntity(sequence: organization.takeSequence(), id: UUID().uuidString.lowercased(),
                                    name: name, description: description ?? "", dateCreated: now,
                                    dateUpdated: now, members: [])
            organization.groups.append(group)
            return group
        }
    }

    /// Changes the fields sent; an empty request changes nothing.
    func updateGroup(id: String, name: String?, description: String?) throws(SandboxError) -> GroupEntity {
        let index = try groupIndex(id)
        let name = try name.map { (text: String) throws(SandboxError) in try IAMValidation.name(text, "display_name") }
        if let name { try ensureGroupNameFree(name, except: id) }
        let now = VultrDate.string(Date())
        return try mutateOrganization { organization in
            if let name { organization.groups[index].name = name }
            if let description { organization.groups[index].description = description }
            organization.groups[index].dateUpdated = now
            return organization.groups[index]
        }
    }

    /// Deletes a group for good, with its memberships, role and policy attachments and trusts.
    func deleteGroup(id: String) throws(SandboxError) {
        let index = try groupIndex(id)
        try mutateOrganization { organization in
            organization.groups.remove(at: index)
            organization.forget(group: id)
        }
    }

    /// Adds a member; one who is already a member answers 400 and nothing changes.
    func addMember(groupID: String, userID: String?) throws(SandboxError) -> UserEntity {
        let index = try groupIndex(groupID)
        let userID = try Validation.required(userID, "user_id")
        let user = try memberUser(named: userID)
        if try organizationState().groups[index].members.contains(id: user.id) {
            throw .badRequest("User \(user.email) is already a member of this group.")
        }
        let now = VultrDate.string(Date())
        try mutateOrganization { organization in
            organization.groups[index].members.append(
                LinkEntity(sequence: organization.takeSequence(), id: user.id, dateAssigned: now))
        }
        return user
    }

    /// Removes a member; one who is not a member answers 404.
    func removeMember(groupID: String, userID: String) throws(SandboxError) {
        let index = try groupIndex(groupID)
        guard try organizationState().groups[index].members.contains(id: userID) else {
            throw .notFound("User is not a member of this group.")
        }
        try mutateOrganization { organization in organization.groups[index].members.remove(id: userID) }
    }

    /// A user named by id, or (as Vultr's document allows for `display_name`) by email.
    func memberUser(named text: String) throws(SandboxError) -> UserEntity {
        if let user = try? user(id: text) { return user }
        let lowered = text.lowercased()
        guard let user = state.users.first(where: { $0.email.lowercased() == lowered }) else { throw .userNotFound }
        return user
    }

    /// The groups a user belongs to.
    func groups(ofUser userID: String) throws(SandboxError) -> [GroupEntity] {
        _ = try user(id: userID)
        return try organizationState().groups.filter { $0.members.contains(id: userID) }
    }
}
