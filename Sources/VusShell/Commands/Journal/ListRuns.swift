/// `ls runs`: the recent runs in the journal, newest last.
struct ListRuns: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["runs"],
        summary: "List the recent runs that changed something",
        details: """
        Every change vus sends is journaled (in $XDG_STATE_HOME/vus/journal.jsonl, mode 0600, \
        never a key or password). This lists the last 20 runs; 'ls changes <run>' shows one.
        """,
        examples: ["ls runs"], needsAccount: false)

    init(_ arguments: ParsedArguments) {}

    func run(in context: CommandContext) async throws -> CommandResult {
        let journal = context.changes.journalToRead
        let rows = journal.runs().suffix(20).map { run, entries in
            RunRecord(run: run, started: entries.first?.time ?? "", account: entries.first?.account ?? "",
                      changes: entries.count, source: entries.first?.source ?? "")
        }
        return CommandResult(.list(RecordList(Array(rows), empty: "(no runs in \(journal.path))")))
    }
}
