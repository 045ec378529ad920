import Foundation
import LineEditing
import Synchronization
import VultrAPI

extension ChangeEngine {
    /// Learns, once per run, which account changes go to (``CommandContext/journalAccount()``).
    func learnAccount() async {
        guard context.changes.journal != nil else { return }
        _ = await context.journalAccount()
    }

    /// The intent line of each needed change that the journal keeps, numbered in this run;
    /// each is written just before its request is sent.
    func intents(_ plans: [PlannedChange], _ needed: [Int]) -> [Int: JournalEntry] {
        let log = context.changes
        guard log.journal != nil else { return [:] }
        let time = Date().formatted(.iso8601)
        var intents: [Int: JournalEntry] = [:]
        for index in needed {
            guard let facts = plans[index].journal else { continue }
            let subject = plans[index].subject
            var entry = JournalEntry(
                run: log.runID, time: time, account: log.account ?? "unknown account", source: log.position,
                userID: subject.user?.id ?? "", email: subject.email, change: plans[index].change, kind: facts.kind,
                before: facts.before, after: facts.after, keyID: facts.keyID, subnet: facts.subnet,
                outcome: JournalEntry.intent, seq: log.nextSeq())
            entry.link = facts.link
            entry.object = facts.object ?? { if case .object(let object) = subject { object } else { nil } }()
            intents[index] = entry
        }
        return intents
    }

    /// Writes `intent` before its request goes; a change that cannot be journaled is not sent.
    func writeIntent(_ intent: JournalEntry?) throws(JournalRefusal) {
        guard let intent, let journal = context.changes.journal else { return }
        do { try journal.append(intent) } catch { throw JournalRefusal(reason: error.description) }
    }

    /// Writes the outcome line of a change that was just answered, and notes what was written.
    func writeOutcome(_ intent: JournalEntry?, index: Int, effect: ChangeEffect, _ lines: OutcomeLines) {
        guard var entry = intent, let journal = context.changes.journal else { return }
        entry.outcome = effect.unchangedReason == nil ? ChangeRecord.Outcome.changed.rawValue : ChangeRecord.Outcome.unchanged.rawValue
        entry.time = Date().formatted(.iso8601)
        if let created = effect.created { entry.userID = created.id }
        if let key = effect.key { entry.keyID = key.id }
        if let object = effect.object { entry.object = object }
        do { try journal.append(entry); lines.wrote(entry.outcome, at: index) } catch { lines.failed(error.description) }
    }

    /// Writes the outcome line of every intent whose settled outcome is not yet in the journal
    /// (lost answers read back, interrupted requests, changes a later round found undone).
    func journalOutcomes(_ intents: [Int: JournalEntry], _ batch: inout ChangeBatch, _ lines: OutcomeLines) {
        guard let journal = context.changes.journal else { return }
        let time = Date().formatted(.iso8601)
        for index in intents.keys.sorted() {
            guard var entry = intents[index] else { continue }
            let record = batch.records[index]
            guard lines.written(at: index) != record.outcome.rawValue else { continue }
            entry.outcome = record.outcome.rawValue
            entry.time = time
            if !record.id.isEmpty {
                if entry.object != nil { entry.object?.id = record.id } else { entry.userID = record.id }
            }
            entry.keyID = entry.keyID ?? record.key?.id
            do { try journal.append(entry) } catch { lines.failed(error.description) }
        }
        if let failure = lines.firstFailure {
            batch.notes.append(ChangeWording.outcomeNotJournaled(failure))
        }
    }
}

/// A change refused because its intent could not be journaled: it was not sent.
struct JournalRefusal: Error, CustomStringConvertible {
    let reason: String
    var description: String {
        "not sent: the journal cannot be written (\(reason)); vus sends no change it cannot record "
            + "(start it with --no-journal to accept that)"
    }
}

/// The outcome lines written as answers came in, so the settled outcomes are not written twice.
final class OutcomeLines: Sendable {
    private struct State {
        var written: [Int: String] = [:]
        var failure: String?
    }
    private let state = Mutex(State())
    func wrote(_ outcome: String, at index: Int) { state.withLock { $0.written[index] = outcome } }
    func written(at index: Int) -> String? { state.withLock { $0.written[index] } }
    func failed(_ reason: String) { state.withLock { if $0.failure == nil { $0.failure = reason } } }
    var firstFailure: String? { state.withLock { $0.failure } }
}
