import Foundation
import VultrAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Settles the intents a stopped run left in the journal (killed before it wrote their outcomes):
/// before a run changes anything, or `undo` plans, each is read back on the account and its
/// outcome appended, `changed` or `not held`, so the journal again says what happened. Intents of
/// a run still going (its process is alive) are left to it.
struct IntentReadBack {
    let context: CommandContext

    /// Reads back this account's unsettled intents once per run; returns what to tell the user.
    func settleStoppedRuns() async -> [String] {
        let log = context.changes
        guard let journal = log.journal, let account = log.account, log.takeIntentCheck(), let client = try? context.client else { return [] }
        let open = journal.unsettledIntents().filter { $0.run != log.runID && $0.account == account && !Self.isRunning($0.run) }
        guard !open.isEmpty else { return [] }
        let runs = Set(open.map(\.run)).sorted().joined(separator: ", ")
        guard let users = try? await client.users().collect() else {
            return [ChangeWording.stoppedRunUnread(open.count, runs: runs, shownAs: JournalEntry.unchecked)]
        }
        var counts = (held: 0, notHeld: 0, unknown: 0)
        for var entry in open {
            guard let happened = await happened(&entry, users: users, client: client) else { counts.unknown += 1; continue }
            entry.outcome = happened ? ChangeRecord.Outcome.changed.rawValue : JournalEntry.notHeld
            entry.time = Date().formatted(.iso8601)
            do { try journal.append(entry) } catch { return ["warning: \(error)"] }
            if happened { counts.held += 1 } else { counts.notHeld += 1 }
        }
        return [ChangeWording.stoppedRunReadBack(open.count, runs: runs, happened: counts.held, not: counts.notHeld, untold: counts.unknown, shownAs: JournalEntry.unchecked)]
    }

    /// Whether the account holds `entry`'s change now; `nil` when that cannot be told (a new key's id
    /// was never learnt). A created user's id is filled in.
    func happened(_ entry: inout JournalEntry, users: [User], client: VultrClient) async -> Bool? {
        let user = users.first { $0.id == entry.userID }
        switch entry.kind {
        case .update:
            guard let user, let after = entry.after else { return false }
            if let email = after.email, user.email?.lowercased() != email.lowercased() { return false }
            if let enabled = after.apiEnabled, user.apiEnabled != enabled { return false }
            if let acls = after.acls, Set(user.acls.map(\.rawValue)) != Set(acls) { return false }
            return true
        case .createUser:
            guard let email = entry.email?.lowercased(), let created = users.first(where: { $0.email?.lowercased() == email }) else { return false }
            entry.userID = created.id
            return true
        case .deleteUser:
            return user == nil
        case .deleteKey:
            guard let keyID = entry.keyID, let keys = try? await client.apiKeys(userID: entry.userID) else { return nil }
            return !keys.contains { $0.id == keyID }
        case .createKey:
            return nil
        case .attach, .detach, .suspend, .unsuspend, .removeMember, .create, .delete, .restore, .resendInvitation, .changeObject:
            return await OrganizationReadBack.happened(&entry, user: user, client: client)
        case .allowAdd, .allowRemove:
            guard let subnet = entry.subnet.flatMap(CIDRBlock.init), let list = try? await client.allowlist(userID: entry.userID) else { return nil }
            return list.contains { $0.subnet == subnet } == (entry.kind == .allowAdd)
        }
    }

    /// Whether the vus process of `run` (its id ends in the process id) is still running.
    static func isRunning(_ run: String) -> Bool {
        guard let pid = run.split(separator: "-").last.flatMap({ pid_t($0) }), pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
