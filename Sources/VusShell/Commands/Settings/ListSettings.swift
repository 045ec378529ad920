/// `ls settings`: the settings in force and the variables defined.
struct ListSettings: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["settings"],
        summary: "List the settings and variables",
        details: "List the settings in force (format, on-error, dry-run) and the variables defined with 'let' or -v.",
        examples: ["ls settings"], needsAccount: false)

    init(_ arguments: ParsedArguments) {}

    func run(in context: CommandContext) async throws -> CommandResult {
        let settings = context.settings
        var rows = [
            SettingRecord(name: "format", value: settings.format.rawValue),
            SettingRecord(name: "on-error", value: settings.onError.rawValue),
            SettingRecord(name: "dry-run", value: Toggle.word(settings.dryRun)),
        ]
        for (name, value) in context.session.state.variables.sorted(by: { $0.key < $1.key }) {
            rows.append(SettingRecord(name: "$" + name, value: SecretNames.isSecret(name) ? "***" : value))
        }
        return CommandResult(.list(RecordList(rows, empty: "")))
    }
}
