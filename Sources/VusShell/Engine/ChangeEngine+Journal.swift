import Foundation
import VultrAPI

extension ChangeEngine {
    /// Learns, once per run, which account changes go to (for the journal, and so `undo`
    /// never acts on another account).
    func learnAccount() async {
        guard context.changes.journal != nil, context.changes.account == nil, let client = try? context.client else { return }
        let place = client.configuration.baseURL.host ?? client.configuration.baseURL.absoluteString
        let email = (try? await client.account())?.email
        context.changes.account = (email.map { "\($0) at " } ?? "") + place
    }

    /// Appends a journal entry for every change that happened (or may have).
    func journal(_ plans: [PlannedChange], _ batch: ChangeBatch, _ notes: inout [String]) {
        guard let journal = context.changes.journal else { return }
        let time = Date().formatted(.iso8601)
        let entries: [JournalEntry] = plans.indices.compactMap { index in
            let record = batch.records[index]
            guard record.outcome == .changed || record.outcome == .unknown, let facts = plans[index].journal else { return nil }
            return JournalEntry(
                run: context.changes.runID, time: time, account: context.changes.account ?? "unknown account",
                source: context.changes.position, userID: record.id, email: record.email, change: record.change,
                kind: facts.kind, before: facts.before, after: facts.after,
                keyID: facts.keyID ?? record.key?.id, subnet: facts.subnet, outcome: record.outcome.rawValue)
        }
        do { try journal.append(entries) } catch { notes.append("warning: \(error)") }
    }
}
