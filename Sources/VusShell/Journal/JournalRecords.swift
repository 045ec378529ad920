/// One run in `ls runs`.
struct RunRecord: Record {
    let run: String
    let started: String
    let account: String
    let changes: Int
    let source: String

    static let tableColumns = ["RUN", "STARTED", "CHANGES", "ACCOUNT", "FIRST SOURCE"]
    var tableCells: [String] { [run, started, String(changes), account, source] }
    static let csvColumns = ["run", "started", "changes", "account", "source"]
    var csvCells: [String] { [run, started, String(changes), account, source] }
    var quietText: String { run }
}

extension JournalEntry: Record {
    public static let tableColumns = ["TIME", "EMAIL", "CHANGE", "OUTCOME", "SOURCE"]
    public var tableCells: [String] { [time, email ?? userID, change, outcome, source ?? ""] }
    public static let csvColumns = ["run", "time", "account", "source", "user_id", "email", "change", "kind", "outcome"]
    public var csvCells: [String] { [run, time, account, source ?? "", userID, email ?? "", change, kind.rawValue, outcome] }
    public var quietText: String { "\(run) \(userID) \(change)" }
}
