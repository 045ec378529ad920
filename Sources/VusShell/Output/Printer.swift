import Foundation
import Yams

/// Prints results in the session's format. Lists stream in JSON, YAML, CSV and `-q` (each row
/// is written as it arrives); tables wait for all rows to align them.
struct Printer: Sendable {
    let sink: any OutputSink
    let settings: Settings
    var style: Style { Style(enabled: settings.color) }

    /// A message about what happened. On stdout for tables; on stderr for the machine-readable
    /// formats, so their stdout stays parseable.
    func note(_ text: String) {
        if settings.format == .table && !settings.quiet { sink.write(text + "\n") } else { sink.writeError(text + "\n") }
    }

    func warning(_ text: String) { sink.writeError(style.yellow("warning: ") + text + "\n") }

    func list<R: Record>(_ type: R.Type, numbered: Bool = false) -> ListWriter<R> {
        ListWriter(printer: self, numbered: numbered)
    }

    /// One record: vertical `field: value` lines in a table, an object in JSON and YAML.
    func single<R: Record>(_ record: R) {
        if settings.quiet { sink.write(record.quietText + "\n"); return }
        switch settings.format {
        case .table:
            let width = R.tableColumns.map(\.count).max() ?? 0
            for (column, cell) in zip(R.tableColumns, record.tableCells) {
                let label = (column.lowercased() + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0)
                sink.write(style.bold(label) + cell + "\n")
            }
        case .json: sink.write(Self.json(record, pretty: true) + "\n")
        case .yaml: sink.write(Self.yaml(record))
        case .csv: sink.write(CSV.line(R.csvColumns) + CSV.line(record.csvCells))
        }
    }

    static func json(_ value: some Encodable, pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    static func yaml(_ value: some Encodable) -> String {
        let encoder = YAMLEncoder()
        encoder.options.sortKeys = true
        return (try? encoder.encode(value)) ?? ""
    }
}

/// Writes one list, row by row.
struct ListWriter<R: Record> {
    let printer: Printer
    let numbered: Bool
    private var rows: [[String]] = []
    private var count = 0

    init(printer: Printer, numbered: Bool) {
        self.printer = printer
        self.numbered = numbered
    }

    mutating func add(_ record: R) {
        count += 1
        let sink = printer.sink
        if printer.settings.quiet { sink.write(record.quietText + "\n"); return }
        switch printer.settings.format {
        case .table:
            rows.append((numbered ? ["\(count)"] : []) + record.tableCells)
        case .json:
            sink.write((count == 1 ? "[\n  " : ",\n  ") + Printer.json(record, pretty: false))
        case .yaml:
            let body = Printer.yaml(record).split(separator: "\n", omittingEmptySubsequences: false)
            let lines = body.enumerated().compactMap { index, line -> String? in
                if line.isEmpty { return nil }
                return (index == 0 ? "- " : "  ") + line
            }
            sink.write(lines.joined(separator: "\n") + "\n")
        case .csv:
            if count == 1 { sink.write(CSV.line(R.csvColumns)) }
            sink.write(CSV.line(record.csvCells))
        }
    }

    mutating func finish(empty: String) {
        let sink = printer.sink
        if printer.settings.quiet { return }
        switch printer.settings.format {
        case .table:
            if rows.isEmpty { printer.note(empty); return }
            let headings = (numbered ? ["#"] : []) + R.tableColumns
            sink.write(Table.render(headings: headings, rows: rows, width: Terminal.width(), style: printer.style))
        case .json:
            sink.write(count == 0 ? "[]\n" : "\n]\n")
        case .yaml:
            if count == 0 { sink.write("[]\n") }
        case .csv:
            if count == 0 { sink.write(CSV.line(R.csvColumns)) }
        }
    }
}

/// RFC 4180 lines.
enum CSV {
    static func line(_ cells: [String]) -> String {
        cells.map { cell in
            cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: ",") + "\r\n"
    }
}
