import VultrAPI

/// The one path every change takes: what is already true is reported and not sent; in dry-run
/// mode the client describes each request instead of sending it; a change to several users (or
/// any deletion) is shown and asked about at a prompt; the rest is sent with bounded
/// concurrency, and each outcome is recorded as the API answered it.
struct ChangeEngine {
    let context: CommandContext

    /// When a person must agree first.
    enum Confirmation {
        /// Only when more than one change is to be sent.
        case whenSeveral(String)
        /// Always (deleting).
        case always(String)
    }

    /// Sends what is needed of `plans` and returns one record per plan, in order.
    func apply(_ plans: [PlannedChange], confirmation: Confirmation) async -> ChangeBatch {
        let session = context.session
        var records = plans.map { plan in
            ChangeRecord(user: plan.user, change: plan.change, outcome: .unchanged, reason: plan.send == nil ? plan.reason : nil)
        }
        let needed = plans.indices.filter { plans[$0].send != nil }
        guard !needed.isEmpty else { return ChangeBatch(records: records) }

        if !context.settings.dryRun, !(await confirmed(plans, needed, confirmation)) {
            for index in needed { records[index].outcome = .notSent; records[index].error = "not confirmed" }
            return ChangeBatch(records: records, notes: ["not confirmed; nothing changed"])
        }
        let sends = needed.map { plans[$0].send! }
        let concurrency = (try? context.client)?.configuration.maxConcurrency ?? 8
        let results = await forEachConcurrently(sends, maxConcurrent: concurrency) { send in try await send() }
        var batch = ChangeBatch(records: records)
        for (index, result) in zip(needed, results) {
            switch result {
            case .success(let effect):
                batch.records[index].outcome = .changed
                batch.records[index].apiKey = effect.apiKey
                batch.records[index].key = effect.key
                if let created = effect.created {
                    batch.records[index].id = created.id
                    session.added(created)
                }
                if let updated = effect.updated { session.updated(updated) }
                if effect.deleted { session.removed(userID: plans[index].user.id) }
                context.changes.record("\(plans[index].change): \(batch.records[index].subject)")
            case .failure(let notSent as RequestNotSent):
                batch.records[index].outcome = .notSent
                batch.records[index].request = notSent.description
            case .failure(is CancellationError):
                batch.records[index].outcome = .notSent
                batch.records[index].error = "interrupted"
                batch.interrupted = true
            case .failure(let error):
                batch.records[index].outcome = .failed
                batch.records[index].error = "\(error)"
            }
        }
        // A failed or interrupted change may or may not have happened: read afresh next time.
        if batch.interrupted || batch.records.contains(where: { $0.outcome == .failed }) { session.invalidateCache() }
        return batch
    }

    /// Asks at an interactive prompt unless `-y`; scripts never ask.
    private func confirmed(_ plans: [PlannedChange], _ needed: [Int], _ confirmation: Confirmation) async -> Bool {
        let settings = context.settings
        guard settings.interactive, !settings.assumeYes, let prompter = context.prompter else { return true }
        let question: String
        switch confirmation {
        case .whenSeveral(let text):
            guard needed.count > 1 else { return true }
            question = text
        case .always(let text):
            question = text
        }
        let details = needed.map { "  \(plans[$0].user.email ?? plans[$0].user.id): \(plans[$0].change)" }
        return await prompter.confirm(question, details: details)
    }
}

/// The records of one change command, and how it ended.
struct ChangeBatch: Sendable {
    var records: [ChangeRecord]
    var notes: [String] = []
    var interrupted = false

    /// The command's result: every record, a summary for several, and a failure when any failed.
    func result(summary change: String) -> CommandResult {
        var notes = self.notes
        let count = { (outcome: ChangeRecord.Outcome) in records.filter { $0.outcome == outcome }.count }
        let failed = count(.failed)
        if records.count > 1 || interrupted {
            var parts = ["\(count(.changed)) changed", "\(count(.unchanged)) unchanged"]
            if failed > 0 { parts.append("\(failed) failed") }
            if count(.notSent) > 0 { parts.append("\(count(.notSent)) not sent") }
            notes.append("\(change): " + parts.joined(separator: ", "))
        }
        if records.isEmpty { notes.append("\(change): no users selected; nothing sent") }
        let ending: CommandResult.Ending = interrupted ? .interrupted
            : failed > 0 ? .failed("\(change): \(failed) of \(records.count) failed") : .completed
        return CommandResult(.changes(records), notes: notes, ending: ending)
    }
}
