import VultrAPI

/// Plans a PATCH of one user: `desired` says what the user should have given how they are now,
/// so the same rule plans the change, reads it back, and re-sends it after another writer.
enum UserChangePlan {
    /// `mergesWithCurrent` is for changes relative to what the user has (`acl add`, `acl rm`):
    /// Vultr's PATCH replaces the whole list, so the user is read again just before sending,
    /// and the PATCH carries what other writers have done since the plan was made.
    static func update(_ user: User, _ change: String, context: CommandContext, mergesWithCurrent: Bool = false,
                       desired: @escaping @Sendable (User) -> UserUpdate) throws -> PlannedChange {
        let stillNeeded: @Sendable (User) -> UserUpdate? = { fresh in
            let needed = desired(fresh).removingWhatIsAlreadyTrue(of: fresh)
            return needed.isEmpty ? nil : needed
        }
        guard let needed = stillNeeded(user) else { return .alreadyTrue(user, change, reason: ChangeWording.alreadyHolds(desired(user))) }
        let client = try context.client
        let journal = JournalFacts(kind: .update, before: .init(user, fields: needed), after: .init(needed))
        var plan = PlannedChange.needed(user, change, journal: journal) {
            guard mergesWithCurrent else {
                try await client.updateUser(id: user.id, needed)
                return ChangeEffect(updated: applying(needed, to: user))
            }
            let fresh = try await client.user(id: user.id)
            guard let update = stillNeeded(fresh) else {
                return ChangeEffect(updated: fresh, unchangedReason: ChangeWording.alreadyHolds(desired(fresh)))
            }
            try await client.updateUser(id: user.id, update)
            return ChangeEffect(updated: applying(update, to: fresh))
        }
        plan.readBack = {
            let fresh = try await client.user(id: user.id)
            return stillNeeded(fresh) == nil ? ChangeEffect(updated: fresh) : nil
        }
        plan.stillNeeded = stillNeeded
        return plan
    }

    static func applying(_ update: UserUpdate, to user: User) -> User {
        var user = user
        if let email = update.email { user.email = email }
        if let enabled = update.apiEnabled { user.apiEnabled = enabled }
        if let acls = update.acls { user.acls = acls }
        return user
    }
}
