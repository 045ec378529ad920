/// `set format table|json|yaml|csv|jsonl`.
struct SetFormat: ShellCommand {
    /// The parameter, named in usage lines by its choices.
    static let formats: TypedParameter<OutputFormat> = .one(OutputFormat.words.joined(separator: "|"),
                                                        .choice(OutputFormat.words), messageName: "format")

    static let syntax = CommandSyntax(
        verb: "set", keywords: ["format"], parameters: [formats.parameter],
        summary: "Choose the output format",
        details: """
        Print results as aligned tables for people, or for programs as json, yaml or csv (a run \
        of several commands from -c, a script or standard input prints one document at its end: \
        one JSON array, one YAML sequence, or one CSV table per kind of record, each record with \
        the command that printed it and where it was written) or jsonl (one JSON record per line, \
        written as each command ends). At the prompt each command prints its own document.
        """,
        examples: ["set format json", "set format table"], needsAccount: false, keywordHint: SetFormat.variablesHint)

    /// Added to errors for unknown settings, since other shells' `set` defines variables.
    static let variablesHint = "variables are defined with 'let name = value'"

    let format: OutputFormat

    init(_ arguments: ParsedArguments) { format = arguments[Self.formats] }

    func run(in context: CommandContext) async throws -> CommandResult {
        context.session.state.settings.format = format
        return CommandResult()
    }
}
