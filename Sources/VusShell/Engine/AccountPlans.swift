import VultrAPI

/// The changes more than one command makes, planned once: creating a user, deleting one, and
/// changing an allowlist entry, each with how to read it back and what the journal keeps.
enum AccountPlans {
    /// Creates `new`. A re-run that finds the email taken by a user with the same names is
    /// `unchanged`; with other names it is an error. A lost answer is settled by email.
    static func create(_ new: NewUser, client: VultrClient, change: String = "create user") -> PlannedChange {
        let placeholder = User(id: "", firstName: new.firstName, lastName: new.lastName, email: new.email)
        let existing: @Sendable () async throws -> User? = {
            try await client.users().collect().first { $0.email?.lowercased() == new.email.lowercased() }
        }
        let journal = JournalFacts(kind: .createUser, after: .init(email: new.email, apiEnabled: new.apiEnabled,
                                                                   acls: new.acls.map(\.rawValue).sorted()))
        var plan = PlannedChange.needed(placeholder, change, journal: journal) {
            do {
                var user = try await client.createUser(new)
                let key = user.apiKey
                user.apiKey = nil
                return ChangeEffect(created: user, apiKey: key)
            } catch let error as VultrError where error.status == 400 && error.message.contains("already exists") {
                guard let user = try await existing() else { throw error }
                guard user.firstName == new.firstName && user.lastName == new.lastName else {
                    throw ShellError("\(new.email) already exists as \(user.displayName), not \(new.firstName) \(new.lastName); nothing changed")
                }
                return ChangeEffect(created: user, unchangedReason: ChangeWording.alreadyExists)
            }
        }
        plan.readBack = { try await existing().map { ChangeEffect(created: $0) } }
        return plan
    }

    /// Revokes one of `user`'s API keys; one already gone is `unchanged (already absent)`.
    static func removeKey(_ keyID: String, of user: User, client: VultrClient, change: String) -> PlannedChange {
        var plan = PlannedChange.needed(user, change, journal: JournalFacts(kind: .deleteKey, keyID: keyID)) {
            do { try await client.deleteAPIKey(userID: user.id, keyID: keyID) } catch let error as VultrError where error.status == 404 {
                return ChangeEffect(unchangedReason: ChangeWording.alreadyAbsent)
            }
            return ChangeEffect()
        }
        plan.readBack = {
            try await client.apiKeys(userID: user.id).contains { $0.id == keyID } ? nil : ChangeEffect()
        }
        return plan
    }

    /// Deletes `user`; one already gone is `unchanged (already absent)`.
    static func remove(_ user: User, client: VultrClient, change: String = "rm user") -> PlannedChange {
        let journal = JournalFacts(kind: .deleteUser, before: .init(email: user.email, apiEnabled: user.apiEnabled,
                                                                    acls: user.acls.map(\.rawValue).sorted()))
        var plan = PlannedChange.needed(user, change, journal: journal) {
            do { try await client.deleteUser(id: user.id) } catch let error as VultrError where error.status == 404 {
                return ChangeEffect(deleted: true, unchangedReason: ChangeWording.alreadyAbsent)
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

    /// Adds or removes `block` on `user`'s allowlist, given whether it is there now.
    static func allowlist(_ user: User, _ block: CIDRBlock, adding: Bool, present: Bool, client: VultrClient,
                          change: String) -> PlannedChange {
        guard present != adding else { return .alreadyTrue(user, change, reason: adding ? ChangeWording.alreadyAllowed : ChangeWording.alreadyAbsent) }
        let journal = JournalFacts(kind: adding ? .allowAdd : .allowRemove, subnet: block.description)
        var plan = PlannedChange.needed(user, change, journal: journal) {
            if adding { try await client.addAllowlistEntry(userID: user.id, block) } else {
                try await client.removeAllowlistEntry(userID: user.id, block)
            }
            return ChangeEffect()
        }
        plan.readBack = {
            try await client.allowlist(userID: user.id).contains { $0.subnet == block } == adding ? ChangeEffect() : nil
        }
        return plan
    }
}
