/// `ls changes [run]`: what one run changed (the last run by default).
struct ListChanges: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["changes"], parameters: [Self.runParameter.parameter],
        summary: "List the changes of a run from the journal",
        details: "List each change of a run ('ls runs' shows them; the last run by default), with its source line.",
        examples: ["ls changes"], needsAccount: false)

    let run: String?

    static let runParameter: TypedParameter<String?> = .optional("run", .text)

    init(_ arguments: ParsedArguments) { run = arguments[Self.runParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let journal = context.changes.journalToRead
        let entries = try JournalSelection.entries(of: run, in: journal)
        return CommandResult(.list(RecordList(entries, empty: "(no changes)")))
    }
}

/// Picks a run's entries from the journal: a named run, else the last one with an entry that
/// `keeps` (by default, any).
enum JournalSelection {
    static func entries(of run: String?, in journal: Journal,
                        keeping keeps: (JournalEntry) -> Bool = { _ in true }) throws -> [JournalEntry] {
        let runs = journal.runs().map { ($0.run, $0.entries.filter(keeps)) }.filter { !$0.1.isEmpty }
        if let run {
            guard let found = runs.first(where: { $0.0 == run }) else {
                throw ShellError("no run '\(run)' with changes in the journal; 'ls runs' lists them")
            }
            return found.1
        }
        return runs.last?.1 ?? []
    }
}
