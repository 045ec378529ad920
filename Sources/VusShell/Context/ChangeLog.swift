import Foundation
import Synchronization

/// What this run (one vus process) has changed: the lines a stopped script lists, and the
/// journal entries every change appends, stamped with the run, the account and the position of
/// the command in its script.
public final class ChangeLog: Sendable {
    /// When this run started: its id is formatted from it on first use, since formatting a date
    /// loads ICU's time zone data, which a run that changes nothing should not pay for at start.
    private let startedAt = Date()
    /// Where changes are journaled; `nil` keeps them in memory only (`--no-journal`).
    public let journal: Journal?
    private struct State {
        var lines: [String] = []
        var position: String?
        var account: String?
        var place: String?
        var runID: String?
        var seq = 0
        var checkedIntents = false
    }
    private let state = Mutex(State())

    public init(journal: Journal? = nil) {
        self.journal = journal
    }

    /// This run's id in the journal, e.g. `20261122T012233Z-4821`.
    public var runID: String {
        state.withLock { state in
            if let runID = state.runID { return runID }
            let runID = Self.newRunID(at: startedAt)
            state.runID = runID
            return runID
        }
    }

    /// A run id from the time and the process id: sortable, and unique on one machine.
    /// (An ISO 8601 style rather than a `DateFormatter`, which would load ICU's locale data too.)
    public static func newRunID(at date: Date) -> String {
        let style = Date.ISO8601FormatStyle(dateSeparator: .omitted, dateTimeSeparator: .standard, timeSeparator: .omitted,
                                            timeZone: .gmt)
        return date.formatted(style) + "-\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// The journal `ls runs`, `ls changes` and `undo` read: this run's, else the standard one.
    var journalToRead: Journal { journal ?? Journal.standard() }

    /// Every change this run made, as `api off: bob@example.com`.
    public var all: [String] { state.withLock { $0.lines } }

    /// The script position of the command running now.
    var position: String? {
        get { state.withLock { $0.position } }
        set { state.withLock { $0.position = newValue } }
    }

    /// Where the account is, for its label, when its URL would not say it (``Connection/journalPlace``).
    var place: String? {
        get { state.withLock { $0.place } }
        set { state.withLock { $0.place = newValue } }
    }

    /// The account label, once known.
    var account: String? {
        get { state.withLock { $0.account } }
        set { state.withLock { $0.account = newValue } }
    }

    func record(_ change: String) { state.withLock { $0.lines.append(change) } }

    /// The next change's number in this run, pairing its journal intent with its outcome.
    func nextSeq() -> Int { state.withLock { $0.seq += 1; return $0.seq } }

    /// True the first time only: whether the intents that stopped runs left are still to be read back.
    func takeIntentCheck() -> Bool {
        state.withLock { state in
            defer { state.checkedIntents = true }
            return !state.checkedIntents
        }
    }
}
