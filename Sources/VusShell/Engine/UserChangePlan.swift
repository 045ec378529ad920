import VultrAPI

/// Plans a PATCH of one user: only the part of `update` that is not already true is sent.
enum UserChangePlan {
    static func update(_ user: User, _ change: String, _ update: UserUpdate, context: CommandContext) throws -> PlannedChange {
        let needed = update.removingWhatIsAlreadyTrue(of: user)
        guard !needed.isEmpty else { return .alreadyTrue(user, change) }
        let client = try context.client
        return .needed(user, change) {
            try await client.updateUser(id: user.id, needed)
            var updated = user
            if let email = needed.email { updated.email = email }
            if let enabled = needed.apiEnabled { updated.apiEnabled = enabled }
            if let acls = needed.acls { updated.acls = acls }
            return ChangeEffect(updated: updated)
        }
    }
}
