import VultrAPI

/// Reads back a journaled change to the organization whose run stopped before journaling its
/// outcome.
enum OrganizationReadBack {
    /// Whether the account holds `entry`'s change now; `nil` when that cannot be told. A
    /// created object's id is filled in.
    static func happened(_ entry: inout JournalEntry, user: User?, client: VultrClient) async -> Bool? {
        do {
            switch entry.kind {
            case .attach, .detach:
                guard let link = entry.link else { return nil }
                return try await client.holds(link) == (entry.kind == .attach)
            case .suspend, .unsuspend:
                guard let user else { return nil }
                return (user.status == .suspended) == (entry.kind == .suspend)
            case .removeMember:
                return user == nil
            case .create:
                guard let object = entry.object, let found = try await OrganizationPlans.find(object, client: client) else { return false }
                entry.object = found
                return true
            case .delete, .restore:
                guard let object = entry.object, !object.id.isEmpty else { return nil }
                return try await OrganizationPlans.exists(object, client: client) == (entry.kind == .restore)
            case .resendInvitation, .changeObject, .update, .createUser, .deleteUser, .createKey, .deleteKey, .allowAdd, .allowRemove:
                return nil
            }
        } catch {
            return nil
        }
    }
}
