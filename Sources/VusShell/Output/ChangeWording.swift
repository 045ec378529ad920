import VultrAPI

/// How vus says what a change command did: the engine settles each change's outcome, and the
/// sentences people read are made here.
enum ChangeWording {
    /// A change command's result: every record, a summary line for several (`api off: 3
    /// changed, 1 unchanged`), and a failure when any failed or the command as a whole did.
    static func result(_ records: [ChangeRecord], of change: String, notes: [String], interrupted: Bool, resent: Int,
                       failure: String?) -> CommandResult {
        var notes = notes
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

    /// Why nothing is sent, in the terms of what was asked: "already true" left an administrator
    /// reading `api off — unchanged (already true)` to wonder whether API access was on.
    static func alreadyHolds(_ desired: UserUpdate) -> String {
        var parts: [String] = []
        if let enabled = desired.apiEnabled { parts.append("API access already \(Toggle.word(enabled))") }
        if let email = desired.email { parts.append("email already \(email)") }
        if desired.acls != nil { parts.append("ACLs already as asked") }
        return parts.isEmpty ? "already true" : parts.joined(separator: ", ")
    }

    // MARK: Why a change was not sent: its state already held

    static let alreadyTrue = "already true"
    static let alreadyAbsent = "already absent"
    static let alreadyExists = "already exists"
    static let alreadyAllowed = "already allowed"
    static let alreadyNotAMember = "already not a member"
    /// `suspend` of a suspended member, or `unsuspend` of one who is not.
    static func suspension(already suspended: Bool) -> String { suspended ? "already suspended" : "not suspended" }

    // MARK: What happened to a change that was not simply sent

    static let notConfirmed = "not confirmed"
    static let nothingConfirmed = "not confirmed; nothing changed"
    static let interruptedUnsent = "interrupted before it was sent"

    /// A change read back as not made, after an interrupt (`nil`) or the error that lost its answer.
    static func didNotHappen(after failure: String?) -> String {
        "\(failure ?? "interrupted"); read back: it did not happen"
    }

    /// A change whose outcome cannot be told, and the command that shows where it stands.
    static func unknown(after failure: String?, why: String, check: String) -> String {
        "\(failure ?? "interrupted"); \(why); check with '\(check)'"
    }

    static func readBackFailed(_ error: any Error) -> String {
        "could not read the users back to check the changes held (\(error)); "
            + "nothing more was sent, and 'plan' or 'ls users' shows where the account stands"
    }

    static func undoneAgain(rounds: Int) -> String {
        "another writer undid it; still not so after \(rounds) rounds of sending it again"
    }

    static func outcomeNotJournaled(_ failure: String) -> String {
        "warning: an outcome could not be journaled (\(failure)); 'ls changes' shows it as 'unknown: check'"
    }

    // MARK: Why a read-back could not tell

    static let cannotReadBack = "vus cannot read this change back"
    static func readBackError(_ error: any Error) -> String { "reading it back failed: \(error)" }
    static func readBackTooSlow(_ deadline: Duration) -> String { "reading it back took longer than \(deadline)" }

    // MARK: Runs that stopped before journaling outcomes

    /// `shownAs` is the outcome `ls changes` shows for a change that cannot be told.
    static func stoppedRunUnread(_ count: Int, runs: String, shownAs: String) -> String {
        "the journal has \(Plural.count(count, "change")) of run \(runs) whose outcome was never written, and reading them back failed; "
            + "'ls changes' shows them as '\(shownAs)'"
    }

    static func stoppedRunReadBack(_ count: Int, runs: String, happened: Int, not notHeld: Int, untold: Int, shownAs: String) -> String {
        var note = "read back \(Plural.count(count, "change")) of run \(runs), which stopped before journaling their outcome: "
            + "\(happened) happened, \(notHeld) did not"
        if untold > 0 { note += ", \(untold) cannot be told ('ls changes' shows them as '\(shownAs)')" }
        return note
    }
}
