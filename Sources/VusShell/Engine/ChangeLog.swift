import Foundation
import Synchronization

/// What this run (one vus process) has changed: the lines a stopped script lists, and the
/// journal entries every change appends, stamped with the run, the account and the position of
/// the command in its script.
public final class ChangeLog: Sendable {
    /// This run's id in the journal, e.g. `20261122T012233Z-4821`.
    public let runID: String
    /// Where changes are journaled; `nil` keeps them in memory only.
    public let journal: Journal?
    private struct State {
        var lines: [String] = []
        var position: String?
        var account: String?
    }
    private let state = Mutex(State())

    public init(journal: Journal? = nil, runID: String = ChangeLog.newRunID()) {
        self.journal = journal
        self.runID = runID
    }

    /// A run id from the time and the process id: sortable, and unique on one machine.
    /// (An ISO 8601 style, not a `DateFormatter`: that would load ICU's locale data at every start.)
    public static func newRunID(at date: Date = Date()) -> String {
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

    /// The account label, once known.
    var account: String? {
        get { state.withLock { $0.account } }
        set { state.withLock { $0.account = newValue } }
    }

    func record(_ change: String) { state.withLock { $0.lines.append(change) } }
}
