import Foundation
import VultrValues

/// Roles, and who and what they are assigned to.
extension SandboxStore {
    /// The roles that are not deleted.
    func roles() throws(SandboxError) -> [RoleEntity] { try organizationState().roles.filter { !$0.deleted } }

    /// A role that is not deleted (`includingDeleted` also finds deleted ones, for restore).
    func role(id: String, includingDeleted: Bool = false) throws(SandboxError) -> RoleEntity {
        try organizationState().roles[roleIndex(id, includingDeleted: includingDeleted)]
    }

    private func roleIndex(_ id: String, includingDeleted: Bool = false) throws(SandboxError) -> Int {
        guard let index = try organizationState().roles.firstIndex(where: { $0.id == id && (includingDeleted || !$0.deleted) }) else {
            throw .notFound("Role not found.")
        }
        return index
    }

    private func ensureRoleNameFree(_ name: String, except id: String? = nil) throws(SandboxError) {
        let lowered = name.lowercased()
        if try roles().contains(where: { $0.name.lowercased() == lowered && $0.id != id }) {
            throw .badRequest("A role named \(name) already exists.")
        }
    }

    func createRole(name: String?, description: String?, type: String?, maxSessionDuration: Int?) throws(SandboxError) -> RoleEntity {
        let name = try IAMValidation.name(name, "name")
        let type = try IAMValidation.roleType(type)
        let duration = try Self.sessionDuration(maxSessionDuration)
        try ensureRoleNameFree(name)
        let now = VultrDate.string(Date())
        return try mutateOrganization { organization in
            let role = RoleEntity(sequence: organization.takeSequence(), id: UUID().uuidString.lowercased(), name: name,
                                  description: description ?? "", type: type, maxSessionDuration: duration ?? 3600,
                                  dateCreated: now, deleted: false, policies: [], users: [], groups: [])
            organization.roles.append(role)
            return role
        }
    }

    /// Between 15 minutes and 12 hours; 0 or absent keeps the default.
    private static func sessionDuration(_ seconds: Int?) throws(SandboxError) -> Int? {
        guard let seconds, seconds != 0 else { return nil }
        guard (900...43_200).contains(seconds) else {
            throw .badRequest("max_session_duration must be 900 to 43200 seconds")
        }
        return seconds
    }

    /// Changes the fields sent. A role that is assigned to groups cannot become assumable.
    func updateRole(id: String, name: String?, description: String?, type: String?, maxSessionDuration: Int?) throws(SandboxError) -> RoleEntity {
        let index = try roleIndex(id)
        let name = try name.flatMap { (text: String) throws(SandboxError) in text.isEmpty ? nil : try IAMValidation.name(text, "name") }
        if let name { try ensureRoleNameFree(name, except: id) }
        let type = try type.flatMap { (text: String) throws(SandboxError) in text.isEmpty ? nil : try IAMValidation.roleType(text) }
        let duration = try Self.sessionDuration(maxSessionDuration)
        let current = try organizationState().roles[index]
        if type == "assumable", !current.groups.isEmpty {
            throw .badRequest("Role \(current.name) is assigned to groups; only assignable roles can be, so it cannot become assumable.")
        }
        return try mutateOrganization { organization in
            if let name { organization.roles[index].name = name }
            if let description { organization.roles[index].description = description }
            if let type { organization.roles[index].type = type }
            if let duration { organization.roles[index].maxSessionDuration = duration }
            return organization.roles[index]
        }
    }

    /// Deletes softly: the role and its assignments stop applying until it is restored.
    func deleteRole(id: String) throws(SandboxError) {
        let index = try roleIndex(id)
        try mutateOrganization { organization in organization.roles[index].deleted = true }
    }

    /// Restores a deleted role with its assignments; restoring one that is not deleted changes
    /// nothing, and one whose name was taken meanwhile answers 400.
    func restoreRole(id: String) throws(SandboxError) -> RoleEntity {
        let index = try roleIndex(id, includingDeleted: true)
        let role = try organizationState().roles[index]
        guard role.deleted else { return role }
        try ensureRoleNameFree(role.name, except: id)
        return try mutateOrganization { organization in
            organization.roles[index].deleted = false
            return organization.roles[index]
        }
    }

    // MARK: Assignments

    /// The three kinds of thing a role is attached to.
    enum RoleLink { case user, group, policy }

    /// Attaches `target` to a role. Already attached answers 400; only assignable roles are
    /// assigned to users and groups (an assumable one is reached through a role trust).
    func attachToRole(roleID: String, _ kind: RoleLink, _ target: String) throws(SandboxError) -> RoleEntity {
        let index = try roleIndex(roleID)
        let role = try organizationState().roles[index]
        switch kind {
        case .user: _ = try user(id: target)
        case .group: _ = try group(id: target)
        case .policy: _ = try policy(id: target)
        }
        if kind != .policy, role.type != "assignable" {
            throw .badRequest("Role \(role.name) is assumable: only assignable roles can be assigned to a \(kind == .user ? "user" : "group"); create a role trust instead.")
        }
        guard !role[kind].contains(id: target) else {
            throw .badRequest("\(kind == .policy ? "Policy" : kind == .user ? "User" : "Group") is already attached to role \(role.name).")
        }
        let now = VultrDate.string(Date())
        return try mutateOrganization { organization in
            organization.roles[index][kind].append(LinkEntity(sequence: organization.takeSequence(), id: target, dateAssigned: now))
            return organization.roles[index]
        }
    }

    /// Detaches `target` from a role; one not attached answers 404.
    func detachFromRole(roleID: String, _ kind: RoleLink, _ target: String) throws(SandboxError) {
        let index = try roleIndex(roleID)
        guard try organizationState().roles[index][kind].contains(id: target) else {
            throw .notFound("Not attached to this role.")
        }
        try mutateOrganization { organization in organization.roles[index][kind].remove(id: target) }
    }
}

extension RoleEntity {
    subscript(kind: SandboxStore.RoleLink) -> [LinkEntity] {
        get {
            switch kind {
            case .user: users
            case .group: groups
            case .policy: policies
            }
        }
        set {
            switch kind {
            case .user: users = newValue
            case .group: groups = newValue
            case .policy: policies = newValue
            }
        }
    }
}
