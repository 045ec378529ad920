extension ChangeEngine {
    /// Sends what `plans` need, asking first when several are to go (`question`, by default
    /// whether to apply `change` to the users), and returns the command's result.
    static func run(_ plans: [PlannedChange], _ change: String, in context: CommandContext,
                    asking question: String? = nil) async -> CommandResult {
        await ChangeEngine(context: context)
            .apply(plans, confirmation: .whenSeveral(question ?? "Apply '\(change)' to these users?"))
            .result(summary: change)
    }
}

/// The records of one change command, and how it ended.
struct ChangeBatch: Sendable {
    var records: [ChangeRecord]
    var notes: [String] = []
    var interrupted = false
    /// Changes sent again because another writer undid them.
    var resent = 0
    /// Why the command failed as a whole: changes refused unsent (the journal could not be
    /// written), or a listing that failed after its retries, after which nothing more was sent.
    var failure: String?

    /// Adds what a later round of the same command did.
    mutating func append(_ later: ChangeBatch) {
        records += later.records
        notes += later.notes
        resent += later.resent
        failure = failure ?? later.failure
        interrupted = interrupted || later.interrupted
    }

    /// The command's result: every record, a summary for several, and a failure when any failed.
    func result(summary change: String) -> CommandResult {
        var notes = self.notes
        let count = { (outcome: ChangeRecord.Outcome) in records.filter { $0.outcome == outcome }.count }
        let (failed, unknown) = (count(.failed), count(.unknown))
        if records.count > 1 || interrupted {
            var parts = ["\(count(.changed)) changed", "\(count(.unchanged)) unchanged"]
            if failed > 0 { parts.append("\(failed) failed") }
            if count(.notSent) > 0 { parts.append("\(count(.notSent)) not sent") }
            if unknown > 0 { parts.append("\(unknown) unknown") }
            notes.append("\(change): " + parts.joined(separator: ", "))
        }
        if resent > 0 { notes.append("\(change): sent \(resent) again after another writer undid them") }
        if records.isEmpty { notes.append("\(change): no users selected; nothing sent") }
        let unsettled = records.filter { $0.outcome == .failed || $0.outcome == .unknown }
        let ending: CommandResult.Ending = if interrupted { .interrupted }
            else if let failure { .failed(failure) }
            else if unsettled.count == 1, let only = unsettled.first { .failed("\(only.subject): \(only.change): \(only.error ?? only.outcome.rawValue)") }
            else if !unsettled.isEmpty { .failed("\(change): \(unsettled.count) of \(records.count) did not succeed") }
            else { .completed }
        return CommandResult(.changes(records), notes: notes, ending: ending)
    }
}
