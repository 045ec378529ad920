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

    /// The command's result: every record, a summary for several, and a failure when any
    /// failed, worded by ``ChangeWording``.
    func result(summary change: String) -> CommandResult {
        ChangeWording.result(records, of: change, notes: notes, interrupted: interrupted, resent: resent, failure: failure)
    }
}
