import Foundation
import Yams

/// Prints every command's result in the session's format: tables for people; under json, yaml
/// and csv one document per run (see ``RunDocument``), under jsonl one record per line as each
/// command ends; with notes on stderr so stdout stays data.
/// Server text is neutralised for the terminal in table, csv and yaml.
struct Renderer: Sendable {
    let sink: any OutputSink
    let settings: Settings
    var style: Style { Style(enabled: settings.color) }

    /// Prints `result`; under json, yaml and csv with a run `document`, its output joins that
    /// document instead (tagged with `command` and `source`), and only its notes are written now.
    func render(_ result: CommandResult, document: RunDocument? = nil, command: String = "", source: String = "") {
        if let output = result.output {
            if let document, !settings.quiet, [.json, .yaml, .csv].contains(settings.format) {
                document.add(output, command: command, source: source, settings: settings, sink: sink)
            } else if let document, settings.format == .jsonl {
                document.flush(sink: sink)
                for record in RunDocument.records(of: output, settings: settings) {
                    sink.write(Encoding.json(TaggedRecord(record: record, command: command, source: source)) + "\n")
                }
            } else {
                document?.flush(sink: sink)
                write(output)
            }
        }
        for note in result.notes {
            // A document on stdout is a file's content: its notes never mix into it.
            if result.output?.isDocument == true { sink.writeError(note + "\n") } else { self.note(note) }
        }
    }

    /// A users document as `--format` asks: JSON under json and jsonl, else YAML.
    static func text(of document: UsersDocument, header: [String], settings: Settings) -> String {
        let format: OutputFormat = [.json, .jsonl].contains(settings.format) ? .json : .yaml
        do { return try document.text(format: format, header: header) } catch { return "# vus could not write the document: \(error)\n" }
    }

    /// A message about what happened: stdout for tables, stderr for the data formats.
    func note(_ text: String) {
        if settings.format == .table && !settings.quiet { sink.write(text + "\n") } else { sink.writeError(text + "\n") }
    }

    /// Writes one command's output on its own.
    func write(_ output: CommandResult.Output) {
        switch output {
        case .list(let list): render(list)
        case .record(let record): render(record)
        case .changes(let changes): render(changes)
        case .text(let text): renderText(text)
        case .document(let text): sink.write(text)
        case .usersDocument(let document, let header): sink.write(Self.text(of: document, header: header, settings: settings))
        }
    }

    private func render(_ list: RecordList) {
        if settings.quiet {
            for record in list.records { sink.write(Sanitized.text(record.quietText) + "\n") }
            return
        }
        switch settings.format {
        case .table:
            if let summary = list.tableSummary { note(summary); return }
            guard !list.records.isEmpty else { note(list.emptyNote); return }
            func adding(_ cell: String?, to cells: [String]) -> [String] {
                guard let cell, !cells.isEmpty else { return cells }
                return cells.dropLast() + [cell, cells[cells.count - 1]]
            }
            let headings = (list.numbered ? ["#"] : []) + adding(list.addedColumn?.heading, to: list.tableColumns)
            let rows = list.records.enumerated().map { index, record in
                (list.numbered ? ["\(index + 1)"] : [])
                    + adding(list.addedColumn.map { Sanitized.text($0.cells[index]) }, to: record.tableCells.map(Sanitized.text))
            }
            sink.write(Table.render(headings: headings, rows: rows, width: Terminal.width(), style: style))
        case .json:
            sink.write(Encoding.jsonArray(list.records))
        case .jsonl:
            for record in list.records { sink.write(Encoding.json(record) + "\n") }
        case .yaml:
            sink.write(Encoding.yamlSequence(list.records))
        case .csv:
            sink.write(CSV.line(list.csvColumns) + list.records.map { CSV.line($0.csvCells.map(Sanitized.text)) }.joined())
        }
    }

    private func render(_ record: any Record) {
        if settings.quiet { sink.write(Sanitized.text(record.quietText) + "\n"); return }
        switch settings.format {
        case .table:
            let columns = type(of: record).tableColumns
            let width = columns.map(\.count).max() ?? 0
            for (column, cell) in zip(columns, record.tableCells) {
                let label = (column.lowercased() + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0)
                sink.write(style.bold(label) + Sanitized.text(cell) + "\n")
            }
        case .json, .jsonl: sink.write(Encoding.json(record) + "\n")
        case .yaml: sink.write(Encoding.yaml(record))
        case .csv: sink.write(CSV.line(type(of: record).csvColumns) + CSV.line(record.csvCells.map(Sanitized.text)))
        }
    }

    private func render(_ changes: [ChangeRecord]) {
        guard settings.format == .table, !settings.quiet else {
            render(RecordList(changes, empty: ""))
            return
        }
        for change in changes {
            sink.write(Sanitized.text(change.sentence) + "\n")
            if let key = change.key {
                render(key)
                note("the key is shown this once; store it now")
            }
            if let apiKey = change.apiKey {
                note("API key of this service user (shown once, store it now): \(apiKey)")
            }
        }
    }

    private func renderText(_ text: String) {
        switch settings.format {
        case .table: sink.write(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n")
        case .json, .jsonl: sink.write(Encoding.json(text) + "\n")
        case .yaml: sink.write(Encoding.yaml(text))
        case .csv: sink.write(CSV.line([Sanitized.text(text)]))
        }
    }
}
