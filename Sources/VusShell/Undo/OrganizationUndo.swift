import VultrAPI

/// How a journaled change to the organization is undone: attach ↔ detach and suspend ↔ unsuspend where the account
/// still holds what the run did; a create undone by a delete, a delete by a restore where Vultr
/// can restore; what cannot come back said plainly.
struct OrganizationUndo {
    let client: VultrClient

    /// The change that reverts `entry`, or a note of why there is none.
    func plan(_ entry: JournalEntry, user: User?, label: String) async throws -> (PlannedChange?, String?) {
        let change = "undo \(entry.change)"
        let subject: ChangeSubject = user.map { .user($0) } ?? entry.object.map { .object($0) }
            ?? .user(User(id: entry.userID, email: entry.email))
        switch entry.kind {
        case .attach, .detach:
            guard let link = entry.link else { return (nil, nil) }
            let attach = entry.kind == .detach
            let holds = try await client.holds(link)
            guard holds != attach else { return (nil, nil) }
            return (OrganizationPlans.link(link, attach: attach, holds: holds, subject: subject, change: change,
                                           held: "already so", client: client), nil)
        case .suspend, .unsuspend:
            guard let user else { return (nil, "\(label) no longer exists; '\(entry.change)' is not undone") }
            let suspend = entry.kind == .unsuspend
            guard (user.status == .suspended) != suspend else { return (nil, nil) }
            let organization = try await client.organization()
            return (OrganizationPlans.suspension(user, suspend: suspend, organizationID: organization.id, client: client, change: change), nil)
        case .removeMember:
            return (nil, "\(label) was taken out of the organization: that cannot be undone; 'invite \(entry.email ?? label)' asks them back")
        case .create:
            guard var object = entry.object else { return (nil, nil) }
            if object.kind == .invitation {
                return (nil, "the invitation to \(object.name) cannot be withdrawn through the API; it expires in 3 days")
            }
            if object.id.isEmpty, let found = try await OrganizationPlans.find(object, client: client) { object = found }
            guard !object.id.isEmpty, try await OrganizationPlans.exists(object, client: client) else {
                return (nil, "\(object.label) is already gone")
            }
            return (OrganizationPlans.delete(object, client: client, change: change), nil)
        case .delete:
            guard let object = entry.object else { return (nil, nil) }
            guard object.kind != .group else {
                return (nil, "\(object.label) was deleted: a deleted group cannot come back (nor its memberships)")
            }
            guard try await !OrganizationPlans.exists(object, client: client) else { return (nil, nil) }
            return (OrganizationPlans.restore(object, client: client, change: change), nil)
        case .restore:
            guard let object = entry.object, try await OrganizationPlans.exists(object, client: client) else { return (nil, nil) }
            return (OrganizationPlans.delete(object, client: client, change: change), nil)
        case .resendInvitation:
            return (nil, "an invitation sent again cannot be unsent")
        case .changeObject:
            return (nil, "\(entry.object?.label ?? "an object")'s \(entry.change.split(separator: " ").last ?? "field") was changed by 'apply': "
                + "vus does not undo that; apply the earlier document to put it back")
        case .update, .createUser, .deleteUser, .createKey, .deleteKey, .allowAdd, .allowRemove:
            return (nil, nil)
        }
    }
}
