import VultrAPI

/// Plans the reverse of a journaled run against the account as it is now: a field is put back
/// only if it still holds what the run set (otherwise someone changed it since, and it is left
/// alone); what cannot come back is said.
struct UndoPlanner {
    let context: CommandContext

    func plans(for entries: [JournalEntry]) async throws -> (plans: [PlannedChange], notes: [String]) {
        let client = try context.client
        let users = Dictionary(try await client.users().collect().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var plans: [PlannedChange] = []
        var notes: [String] = []
        for entry in entries.reversed() where entry.kind != .update {
            let label = entry.email ?? entry.userID
            let user = users[entry.userID] ?? User(id: entry.userID, email: entry.email)
            switch entry.kind {
            case .createUser:
                // An intent whose run was killed has no id yet: the user is found by email.
                let email = entry.email?.lowercased()
                guard let created = users[entry.userID] ?? (entry.userID.isEmpty ? users.values.first { $0.email?.lowercased() == email } : nil)
                else { notes.append("\(label) is already gone"); continue }
                plans.append(AccountPlans.remove(created, client: client, change: "undo create user"))
            case .deleteUser:
                notes.append("\(label) was deleted: a user cannot be brought back (their API keys and password are gone)")
            case .deleteKey:
                notes.append("API key \(entry.keyID ?? "?") of \(label) was revoked: a revoked key cannot be brought back")
            case .createKey:
                guard let keyID = entry.keyID else {
                    notes.append("a key of \(label) may have been created (its run was stopped before learning its id); check with 'ls keys \(label)'")
                    continue
                }
                let keys = (try? await client.apiKeys(userID: entry.userID)) ?? []
                guard keys.contains(where: { $0.id == keyID }) else { notes.append("API key \(keyID) of \(label) is already gone"); continue }
                // Turning API access off (undone alongside) revokes keys too: one gone by then is unchanged.
                plans.append(AccountPlans.removeKey(keyID, of: user, client: client, change: "undo key new: key rm \(keyID)"))
            case .allowAdd, .allowRemove:
                guard let subnet = entry.subnet, let block = CIDRBlock(subnet) else { continue }
                let adding = entry.kind == .allowRemove
                let present = ((try? await client.allowlist(userID: entry.userID)) ?? []).contains { $0.subnet == block }
                guard present != adding else { continue }
                plans.append(AccountPlans.allowlist(user, block, adding: adding, present: present, client: client,
                                                    change: "undo \(entry.change)"))
            case .attach, .detach, .suspend, .unsuspend, .removeMember, .create, .delete, .restore, .resendInvitation, .changeObject:
                let (plan, note) = try await OrganizationUndo(client: client).plan(entry, user: users[entry.userID], label: label)
                if let plan { plans.append(plan) }
                if let note { notes.append(note) }
            case .update:
                break
            }
        }
        for (userID, updates) in mergedUpdates(entries) {
            guard let user = users[userID] else {
                notes.append("\(updates.email ?? userID) no longer exists; its changes are not undone")
                continue
            }
            let (revert, skipped) = reverting(updates.before, updates.after, on: user)
            notes += skipped.map { "\(user.email ?? userID): \($0) changed since the run; left as it is" }
            guard !revert.isEmpty else { continue }
            plans.append(try UserChangePlan.update(user, "undo \(updates.changes.joined(separator: ", "))", context: context) { _ in revert })
        }
        return (plans, notes)
    }

    /// A user's updates in a run, folded into the earliest `before` and the latest `after` of each field.
    struct MergedUpdate {
        var email: String?
        var before = JournalEntry.Snapshot()
        var after = JournalEntry.Snapshot()
        var changes: [String] = []
    }

    func mergedUpdates(_ entries: [JournalEntry]) -> [(String, MergedUpdate)] {
        var order: [String] = []
        var merged: [String: MergedUpdate] = [:]
        for entry in entries where entry.kind == .update {
            if merged[entry.userID] == nil { order.append(entry.userID) }
            var update = merged[entry.userID] ?? MergedUpdate(email: entry.email)
            if update.before.email == nil { update.before.email = entry.before?.email }
            if update.before.apiEnabled == nil { update.before.apiEnabled = entry.before?.apiEnabled }
            if update.before.acls == nil { update.before.acls = entry.before?.acls }
            if let email = entry.after?.email { update.after.email = email }
            if let enabled = entry.after?.apiEnabled { update.after.apiEnabled = enabled }
            if let acls = entry.after?.acls { update.after.acls = acls }
            update.changes.append(entry.change)
            merged[entry.userID] = update
        }
        return order.compactMap { id in merged[id].map { (id, $0) } }
    }

    /// The update that puts back `before` where the user still has `after`, and the fields
    /// someone changed since.
    func reverting(_ before: JournalEntry.Snapshot, _ after: JournalEntry.Snapshot, on user: User) -> (UserUpdate, [String]) {
        var update = UserUpdate()
        var skipped: [String] = []
        if let was = before.email, let set = after.email {
            if user.email?.lowercased() == set.lowercased() { update.email = was } else { skipped.append("email") }
        }
        if let was = before.apiEnabled, let set = after.apiEnabled {
            if user.apiEnabled == set { update.apiEnabled = was } else { skipped.append("API access") }
        }
        if let was = before.acls, let set = after.acls {
            if Set(user.acls.map(\.rawValue)) == Set(set) { update.acls = was.map { ACL(rawValue: $0) } } else { skipped.append("ACLs") }
        }
        return (update.removingWhatIsAlreadyTrue(of: user), skipped)
    }
}
