import Foundation
import Synchronization
import VultrAPI

/// The one path every change takes:
/// - what is already true is reported `unchanged` and not sent;
/// - in dry-run mode the client describes each request instead of sending it;
/// - a change to several users (or any deletion) is shown and asked about at a prompt;
/// - the rest is sent with bounded concurrency, and every outcome is settled before it is
///   reported: a lost answer is read back, a bulk user change is read back and re-sent where
///   another writer undid it;
/// - the journal gets an intent line before each request and an outcome line when it settles,
///   and a change whose intent cannot be written is not sent.
struct ChangeEngine {
    let context: CommandContext

    /// When a person must agree first.
    enum Confirmation {
        /// Only when more than one change is to be sent.
        case whenSeveral(String)
        /// Always (deleting); `caveats` are said under the changes listed before the question
        /// (what will not come back, for `undo`).
        case always(String, caveats: [String] = [])
    }

    /// Sends what is needed of `plans` and returns one record per plan, in order.
    func apply(_ plans: [PlannedChange], confirmation: Confirmation) async -> ChangeBatch {
        var batch = ChangeBatch(records: plans.map { plan in
            ChangeRecord(subject: plan.subject, change: plan.change, outcome: .unchanged, reason: plan.send == nil ? plan.reason : nil)
        })
        let needed = plans.indices.filter { plans[$0].send != nil }
        guard !needed.isEmpty else { return batch }
        if !context.settings.dryRun {
            guard await confirmed(plans, needed, confirmation) else {
                for index in needed { batch.records[index].outcome = .notSent; batch.records[index].error = ChangeWording.notConfirmed }
                batch.notes.append(ChangeWording.nothingConfirmed)
                return batch
            }
            await learnAccount()
            if let journal = context.changes.journal {
                do { try journal.prepare() } catch {
                    let refusal = JournalRefusal(reason: error.description).description
                    for index in needed { batch.records[index].outcome = .notSent; batch.records[index].error = refusal }
                    batch.failure = refusal
                    return batch
                }
                batch.notes += await IntentReadBack(context: context).settleStoppedRuns()
            }
        }

        let intents = context.settings.dryRun ? [:] : intents(plans, needed)
        let lines = OutcomeLines()
        let started = StartedChanges()
        let concurrency = (try? context.client)?.configuration.maxConcurrency ?? 8
        var results: [(index: Int, result: Result<ChangeEffect, any Error>)] = []
        for stage in Set(needed.map { plans[$0].stage }).sorted() {
            let staged = needed.filter { plans[$0].stage == stage }
            let sent = await forEachConcurrently(staged, maxConcurrent: concurrency) { index in
                try writeIntent(intents[index])
                started.insert(index)
                let effect = try await plans[index].send!()
                writeOutcome(intents[index], index: index, effect: effect, lines)
                return effect
            }
            results += zip(staged, sent).map { ($0, $1) }
        }
        var uncertain: [(index: Int, error: any Error)] = []
        for (index, result) in results {
            switch result {
            case .success(let effect):
                record(effect, at: index, plans, &batch)
            case .failure(let notSent as RequestNotSent):
                batch.records[index].outcome = .notSent
                batch.records[index].request = notSent.description
            case .failure(let refusal as JournalRefusal):
                batch.records[index].outcome = .notSent
                batch.records[index].error = refusal.description
                batch.failure = refusal.description
            case .failure(let error as CancellationError):
                batch.interrupted = true
                if started.contains(index) { uncertain.append((index, error)) } else {
                    batch.records[index].outcome = .notSent
                    batch.records[index].error = ChangeWording.interruptedUnsent
                }
            case .failure(let error) where Settlement.mayHaveHappened(error):
                uncertain.append((index, error))
            case .failure(let error):
                batch.records[index].outcome = .failed
                batch.records[index].error = Self.describe(error, plans[index])
            }
        }
        let disproved = await settle(uncertain, plans, &batch)
        await resend(disproved, plans, &batch)
        if !batch.interrupted { await readBack(plans, &batch) }
        if batch.records.contains(where: { $0.outcome != .changed && $0.outcome != .unchanged }) {
            context.session.users.invalidate()  // some outcomes were not what was planned
        }
        journalOutcomes(intents, &batch, lines)
        return batch
    }

    /// Records a change that was sent (or found already done) and keeps the session's cache true.
    func record(_ effect: ChangeEffect, at index: Int, _ plans: [PlannedChange], _ batch: inout ChangeBatch) {
        let session = context.session
        if let reason = effect.unchangedReason {
            batch.records[index].outcome = .unchanged
            batch.records[index].reason = reason
            batch.records[index].wasSent = true
        } else {
            batch.records[index].outcome = .changed
            batch.records[index].error = nil
        }
        batch.records[index].apiKey = effect.apiKey
        batch.records[index].key = effect.key
        if let created = effect.created {
            batch.records[index].id = created.id
            session.users.added(created)
        }
        if let updated = effect.updated { session.updated(updated) }
        if let object = effect.object { batch.records[index].id = object.id }
        if effect.deleted, let user = plans[index].subject.user { session.removed(userID: user.id) }
        if batch.records[index].outcome == .changed {
            context.changes.record("\(plans[index].change): \(batch.records[index].subject)")
        }
    }

    /// Reads back each change whose answer was lost and records what really happened; returns
    /// the changes the reading proved had not happened (and no interrupt stopped), to send again.
    func settle(_ uncertain: [(index: Int, error: any Error)], _ plans: [PlannedChange],
                _ batch: inout ChangeBatch) async -> [Int] {
        var disproved: [Int] = []
        if uncertain.contains(where: { $0.error is CancellationError }) {
            // A request cut short by Ctrl-C may still be finishing at the server: give it a moment.
            let grace = Task.detached { try? await Task.sleep(for: Settlement.interruptGrace) }
            await grace.value
        }
        let verdicts = await Settlement.readBack(uncertain.map { plans[$0.index].readBack })
        for ((index, error), verdict) in zip(uncertain, verdicts) {
            let interrupted = error is CancellationError
            switch verdict {
            case .held(let effect):
                record(effect, at: index, plans, &batch)
            case .notHeld where interrupted:
                batch.records[index].outcome = .notSent
                batch.records[index].error = ChangeWording.didNotHappen(after: nil)
            case .notHeld:
                batch.records[index].outcome = .failed
                batch.records[index].error = ChangeWording.didNotHappen(after: Self.describe(error, plans[index]))
                disproved.append(index)
            case .unknown(let why):
                batch.records[index].outcome = .unknown
                batch.records[index].error = ChangeWording.unknown(after: interrupted ? nil : Self.describe(error, plans[index]),
                                                                   why: why, check: plans[index].subject.checkCommand)
            }
        }
        return disproved
    }

    /// Asks at an interactive prompt unless `-y`; scripts never ask.
    private func confirmed(_ plans: [PlannedChange], _ needed: [Int], _ confirmation: Confirmation) async -> Bool {
        let settings = context.settings
        guard settings.interactive, !settings.assumeYes, let prompter = context.prompter else { return true }
        let question: String
        var caveats: [String] = []
        switch confirmation {
        case .whenSeveral(let text):
            guard needed.count > 1 else { return true }
            question = text
        case .always(let text, let said):
            question = text
            caveats = said
        }
        let details = needed.map { "  \(plans[$0].subject.label): \(plans[$0].change)" } + caveats
        return await prompter.confirm(question, details: details)
    }

    /// An error as people read it: the user or object named as people know it rather than by id.
    /// A failure that names the change it failed (`create group x: 400 …` for the change
    /// `create group x`) is said without repeating it: the record's sentence says it already.
    static func describe(_ error: any Error, _ plan: PlannedChange) -> String {
        let subject = plan.subject
        let text: String
        if let failure = error as? VultrError, failure.operation.lowercased() == plan.change.lowercased() {
            text = failure.summary
        } else {
            text = "\(error)"
        }
        guard !subject.id.isEmpty else { return text }
        let name = if case .object(let object) = subject { object.name } else { subject.label }
        return text.replacingOccurrences(of: subject.id, with: name)
    }
}

/// Which changes began sending, so an interrupt can tell "never sent" from "in flight".
private final class StartedChanges: Sendable {
    private let indices = Mutex(Set<Int>())
    func insert(_ index: Int) { indices.withLock { _ = $0.insert(index) } }
    func contains(_ index: Int) -> Bool { indices.withLock { $0.contains(index) } }
}
