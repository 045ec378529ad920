/// `set dry-run on|off`.
struct SetDryRun: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "set", keywords: ["dry-run"], parameters: [Parameter("on|off", .toggle, messageName: "dry-run")],
        summary: "Show the requests changes would send, and send none",
        details: "With dry-run on, every change is planned as usual but its requests are printed, not sent.",
        examples: ["set dry-run on", "set dry-run off"], needsAccount: false, keywordHint: SetFormat.variablesHint)

    let isOn: Bool

    init(_ arguments: ParsedArguments) { isOn = arguments.toggle("on|off") ?? false }

    func run(in context: CommandContext) async throws -> CommandResult {
        context.session.settings.dryRun = isOn
        return CommandResult()
    }
}
