/// `set format table|json|yaml|csv`.
struct SetFormat: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "set", keywords: ["format"], parameters: [Parameter("table|json|yaml|csv", .choice(OutputFormat.allCases.map(\.rawValue)), messageName: "format")],
        summary: "Choose the output format",
        details: "Print results as aligned tables for people, or as json, yaml or csv for programs.",
        examples: ["set format json", "set format table"], needsAccount: false, keywordHint: SetFormat.variablesHint)

    /// Added to errors for unknown settings, since other shells' `set` defines variables.
    static let variablesHint = "variables are defined with 'let name = value'"

    let format: OutputFormat

    init(_ arguments: ParsedArguments) { format = OutputFormat(rawValue: arguments.text("table|json|yaml|csv") ?? "") ?? .table }

    func run(in context: CommandContext) async throws -> CommandResult {
        context.session.settings.format = format
        return CommandResult()
    }
}
