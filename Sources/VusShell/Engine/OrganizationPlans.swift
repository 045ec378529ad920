import VultrAPI

/// The changes to the organization, planned once for the commands, `undo` and `apply`:
/// links (members, roles, policies), suspension and membership, and objects made, deleted and
/// restored; each with how to read it back and what the journal keeps.
enum OrganizationPlans {
    /// Makes (`attach`) or undoes `link`, given whether it holds now. `held` says how an
    /// already-true link reads (`already a member`).
    static func link(_ link: Link, attach: Bool, holds: Bool, subject: ChangeSubject, change: String,
                     held: String, client: VultrClient) -> PlannedChange {
        guard holds != attach else { return .alreadyTrue(subject, change, reason: attach ? held : ChangeWording.alreadyAbsent) }
        var plan = PlannedChange.needed(subject, change, journal: JournalFacts(kind: attach ? .attach : .detach, link: link)) {
            let outcome = attach ? try await client.attach(link) : try await client.detach(link)
            return outcome == .alreadyHeld ? ChangeEffect(unchangedReason: attach ? held : ChangeWording.alreadyAbsent) : ChangeEffect()
        }
        plan.readBack = { try await client.holds(link) == attach ? ChangeEffect() : nil }
        return plan
    }

    /// Makes or undoes a link for each of `users`, each given whether it holds now (`holders`:
    /// the ids of the users it holds for).
    static func links(for users: [User], holders: Set<String>, attach: Bool, change: String, held: String,
                      client: VultrClient, link: (User) -> Link) -> [PlannedChange] {
        users.map { user in
            self.link(link(user), attach: attach, holds: holders.contains(user.id), subject: .user(user), change: change,
                      held: held, client: client)
        }
    }

    /// Suspends `user` or lifts their suspension, as their status says is needed.
    static func suspension(_ user: User, suspend: Bool, organizationID: String, client: VultrClient, change: String) -> PlannedChange {
        let suspended = user.status == .suspended
        guard suspended != suspend else {
            return .alreadyTrue(user, change, reason: ChangeWording.suspension(already: suspend))
        }
        if user.status == .pending {
            return PlannedChange(subject: .user(user), change: change, send: {
                throw ShellError("\(user.label) has not accepted their invitation yet, so cannot be suspended")
            }, reason: "")
        }
        var plan = PlannedChange.needed(user, change, journal: JournalFacts(kind: suspend ? .suspend : .unsuspend)) {
            if suspend { try await client.suspend(userID: user.id, organizationID: organizationID) } else {
                try await client.unsuspend(userID: user.id, organizationID: organizationID)
            }
            var updated = user
            updated.status = suspend ? .suspended : .active
            return ChangeEffect(updated: updated)
        }
        plan.readBack = {
            let now = try await client.user(id: user.id)
            return (now.status == .suspended) == suspend ? ChangeEffect(updated: now) : nil
        }
        return plan
    }

    /// Takes `user` out of the organization (with their groups, roles and direct policies);
    /// the person's Vultr login stays theirs.
    static func removeMember(_ user: User, organizationID: String, client: VultrClient, change: String) -> PlannedChange {
        var plan = PlannedChange.needed(user, change, journal: JournalFacts(kind: .removeMember)) {
            do { try await client.removeMember(userID: user.id, organizationID: organizationID) } catch let error as VultrError where error.status == 404 {
                return ChangeEffect(deleted: true, unchangedReason: ChangeWording.alreadyNotAMember)
            }
            return ChangeEffect(deleted: true)
        }
        plan.readBack = {
            do { _ = try await client.user(id: user.id); return nil } catch let error as VultrError where error.status == 404 {
                return ChangeEffect(deleted: true)
            }
        }
        return plan
    }

    /// Deletes `object` (a group, role, policy or trust); one already gone is unchanged.
    static func delete(_ object: OrganizationObject, client: VultrClient, change: String) -> PlannedChange {
        var plan = PlannedChange.needed(.object(object), change, journal: JournalFacts(kind: .delete, object: object)) {
            do { try await send(delete: object, client: client) } catch let error as VultrError where error.status == 404 {
                return ChangeEffect(unchangedReason: ChangeWording.alreadyAbsent)
            }
            return ChangeEffect()
        }
        plan.readBack = { try await exists(object, client: client) ? nil : ChangeEffect() }
        plan.stage = .deletes
        return plan
    }

    /// Restores a deleted role, policy or trust, with the attachments it had.
    static func restore(_ object: OrganizationObject, client: VultrClient, change: String) -> PlannedChange {
        var plan = PlannedChange.needed(.object(object), change, journal: JournalFacts(kind: .restore, object: object)) {
            switch object.kind {
            case .role: _ = try await client.restoreRole(id: object.id)
            case .policy: _ = try await client.restorePolicy(id: object.id)
            case .trust: _ = try await client.restoreRoleTrust(id: object.id)
            case .group, .invitation: throw ShellError("a deleted \(object.kind.rawValue) cannot be restored")
            }
            return ChangeEffect()
        }
        plan.readBack = { try await exists(object, client: client) ? ChangeEffect() : nil }
        plan.stage = .makes
        return plan
    }

    /// Creates an object with `make`, which returns it; a lost answer is settled by looking the
    /// name up (`find`), so a re-sent create never makes two.
    static func create(_ object: OrganizationObject, change: String,
                       find: @escaping @Sendable () async throws -> OrganizationObject?,
                       make: @escaping @Sendable () async throws -> OrganizationObject) -> PlannedChange {
        var plan = PlannedChange.needed(.object(object), change, journal: JournalFacts(kind: .create, object: object)) {
            ChangeEffect(object: try await make())
        }
        plan.readBack = { try await find().map { ChangeEffect(object: $0) } }
        plan.stage = .makes
        return plan
    }

    private static func send(delete object: OrganizationObject, client: VultrClient) async throws {
        switch object.kind {
        case .group: try await client.deleteGroup(id: object.id)
        case .role: try await client.deleteRole(id: object.id)
        case .policy: try await client.deletePolicy(id: object.id)
        case .trust: try await client.deleteRoleTrust(id: object.id)
        case .invitation: throw ShellError("an invitation cannot be withdrawn through the API")
        }
    }

    /// Whether `object` is there and not deleted.
    static func exists(_ object: OrganizationObject, client: VultrClient) async throws -> Bool {
        switch object.kind {
        case .group: try await client.groups().contains { $0.id == object.id }
        case .role: try await client.roles().contains { $0.id == object.id }
        case .policy: try await client.policies().contains { $0.id == object.id }
        case .trust: try await client.roleTrusts().contains { $0.id == object.id }
        case .invitation: try await client.invitations().contains { $0.id == object.id }
        }
    }

    /// The object of that kind and name (or id) there now.
    static func find(_ object: OrganizationObject, client: VultrClient) async throws -> OrganizationObject? {
        let name = object.name.lowercased()
        switch object.kind {
        case .group: return try await client.groups().first { $0.name.lowercased() == name }.map(OrganizationObject.init)
        case .role: return try await client.roles().first { $0.name.lowercased() == name }.map(OrganizationObject.init)
        case .policy: return try await client.policies().first { $0.name.lowercased() == name }.map(OrganizationObject.init)
        case .trust:
            guard !object.id.isEmpty else { return nil }
            return try await client.roleTrusts().contains { $0.id == object.id } ? object : nil
        case .invitation:
            return try await client.invitations().last { $0.email.lowercased() == name && $0.status.lowercased() == "pending" }
                .map { OrganizationObject(kind: .invitation, id: $0.id, name: object.name) }
        }
    }
}
