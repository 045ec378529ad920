import Foundation
import Synchronization

/// The output of a whole run under `--format json|yaml|csv`, written once at its end, so a
/// pipeline reads one document however many commands produced it: JSON an array of every
/// record in order, YAML one sequence, CSV one table per kind of record separated by a blank
/// line. When more than one command printed something, each record carries `command` (its
/// text) and `source` (`file:line:col`); a run where one command did reads exactly as before.
/// A script that changes the format part-way (`set format`) gets one document per stretch.
public final class RunDocument: Sendable {
    struct Entry: Sendable {
        var command: String
        var source: String
        var output: CommandResult.Output
    }

    /// The entries waiting, and the settings (format) they were produced under.
    private let pending = Mutex<(entries: [Entry], settings: Settings?)>(([], nil))

    public init() {}

    func add(_ output: CommandResult.Output, command: String, source: String, settings: Settings, sink: any OutputSink) {
        flush(sink: sink, unlessFormat: settings.format)
        pending.withLock {
            $0.entries.append(Entry(command: command, source: source, output: output))
            $0.settings = settings
        }
    }

    /// Writes what is waiting when it was produced under another format than `format`, so output
    /// keeps its order when a script changes format.
    func flush(sink: any OutputSink, unlessFormat format: OutputFormat) {
        guard let waiting = pending.withLock({ $0.settings }), waiting.format != format else { return }
        flush(sink: sink)
    }

    /// Writes the document of what is waiting, in the format it was produced under.
    public func flush(sink: any OutputSink) {
        let (taken, produced) = pending.withLock { state -> ([Entry], Settings?) in
            defer { state = ([], nil) }
            return (state.entries, state.settings)
        }
        guard let settings = produced else { return }
        let renderer = Renderer(sink: sink, settings: settings)
        guard taken.count > 1 else {
            for entry in taken { renderer.write(entry.output) }
            return
        }
        let records = taken.flatMap { entry in
            Self.records(of: entry.output, settings: settings).map { TaggedRecord(record: $0, command: entry.command, source: entry.source) }
        }
        switch settings.format {
        case .yaml: sink.write(Encoding.yamlSequence(records))
        case .csv: sink.write(Self.csv(records))
        default: sink.write(Encoding.jsonArray(records))
        }
    }

    /// The records an output holds: text and documents as one record each.
    static func records(of output: CommandResult.Output, settings: Settings) -> [any Record] {
        switch output {
        case .list(let list): list.records
        case .record(let record): [record]
        case .changes(let changes): changes
        case .text(let text): [TextRecord(text: text)]
        case .document(let text): [DocumentRecord(document: text)]
        case .usersDocument(let document, let header):
            [DocumentRecord(document: Renderer.text(of: document, header: header, settings: settings))]
        }
    }

    /// One table per kind of record, in the order each kind first appears.
    static func csv(_ records: [TaggedRecord]) -> String {
        var kinds: [[String]] = []
        var rows: [[String]: [TaggedRecord]] = [:]
        for record in records {
            let columns = type(of: record.record).csvColumns
            if rows[columns] == nil { kinds.append(columns) }
            rows[columns, default: []].append(record)
        }
        return kinds.map { columns in
            CSV.line(columns + ["command", "source"])
                + rows[columns]!.map { CSV.line($0.record.csvCells.map(Sanitized.text) + [$0.command, $0.source]) }.joined()
        }.joined(separator: "\r\n")
    }
}

/// A record with the command that produced it and where that command was written.
struct TaggedRecord: Encodable {
    let record: any Record
    let command: String
    let source: String

    enum Keys: String, CodingKey { case command, source }

    func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(command, forKey: .command)
        try container.encode(source, forKey: .source)
    }
}

/// What `echo` or `help` printed, as a record of a run's document.
struct TextRecord: Record {
    var text: String
    static let tableColumns = ["TEXT"]
    var tableCells: [String] { [text] }
    static let csvColumns = ["text"]
    var csvCells: [String] { [text] }
    var quietText: String { text }
}

/// A document a command wrote (`export users`), as a record of a run's document.
struct DocumentRecord: Record {
    var document: String
    static let tableColumns = ["DOCUMENT"]
    var tableCells: [String] { [document] }
    static let csvColumns = ["document"]
    var csvCells: [String] { [document] }
    var quietText: String { document }
}
