import VultrValues

/// `undo [run]`: reverts a run's changes (the last run by default) through the change engine.
struct Undo: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "undo", parameters: [Self.runParameter.parameter],
        summary: "Revert the changes of the last run (this session's, if it made any), or of a run from the journal",
        details: """
        Plan the reverse of each change of a run ('ls runs' lists them), show it and ask first \
        (-y skips). What someone changed since is left as it is, and said; what cannot come \
        back is said plainly (a deleted user, revoked keys). The undo is journaled too.
        """,
        examples: ["undo"], changesAccount: true, mayMakeUnnamed: true)

    let run: String?

    static let runParameter: TypedParameter<String?> = .optional("run", .text)

    init(_ arguments: ParsedArguments) { run = arguments[Self.runParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let journal = context.changes.journalToRead
        let engine = ChangeEngine(context: context)
        await engine.learnAccount()
        // Changes a killed run left unsettled are read back first, so only what happened is undone.
        let readBack = await IntentReadBack(context: context).settleStoppedRuns()
        // The last run's own changes, which may be this session's; undoing an undo is not
        // offered (its entries are skipped), so a second 'undo' never flips changes back.
        let entries = try JournalSelection.entries(of: run, in: journal) { !$0.change.hasPrefix("undo") }
        guard let first = entries.first else { return CommandResult(notes: readBack + ["the journal has no run to undo"]) }
        if let account = context.changes.account, account != first.account {
            throw ShellError("run \(first.run) changed \(first.account), but vus is connected to \(account); nothing done")
        }
        var (plans, notes) = try await UndoPlanner(context: context).plans(for: entries)
        notes = readBack + notes
        guard !plans.isEmpty else { return CommandResult(notes: notes + ["nothing left to undo of run \(first.run)"]) }
        // What cannot be undone is said before the question too, as it bears on the answer.
        let batch = await engine.apply(plans, confirmation: .always("Undo \(Plural.count(plans.filter { $0.send != nil }.count, "change")) of run \(first.run)?",
                                                                    caveats: notes))
        var result = batch.result(summary: "undo \(first.run)")
        result.notes = notes + result.notes
        return result
    }
}
