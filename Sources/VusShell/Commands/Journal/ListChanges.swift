/// `ls changes [run]`: what one run changed (the last run by default).
struct ListChanges: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["changes"], parameters: [Parameter("run", .text, .optional)],
        summary: "List the changes of a run from the journal",
        details: "List each change of a run ('ls runs' shows them; the last run by default), with its source line.",
        examples: ["ls changes"], needsAccount: false)

    let run: String?

    init(_ arguments: ParsedArguments) { run = arguments.text("run") }

    func run(in context: CommandContext) async throws -> CommandResult {
        let journal = context.changes.journal ?? Journal.standard()
        let entries = try JournalSelection.entries(of: run, in: journal, excluding: nil)
        return CommandResult(.list(RecordList(entries, empty: "(no changes)")))
    }
}

/// Picks a run's entries from the journal: a named run, else the last one (other than `excluding`).
enum JournalSelection {
    static func entries(of run: String?, in journal: Journal, excluding current: String?) throws -> [JournalEntry] {
        let runs = journal.runs().filter { $0.run != current }
        if let run {
            guard let found = runs.first(where: { $0.run == run }) else {
                throw ShellError("no run '\(run)' in the journal; 'ls runs' lists them")
            }
            return found.entries
        }
        return runs.last?.entries ?? []
    }
}
