/// `set dry-run on|off`.
struct SetDryRun: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "set", keywords: ["dry-run"], parameters: [Self.state.parameter],
        summary: "Show the requests changes would send, and send none",
        details: "With dry-run on, every change is planned as usual but its requests are printed, not sent.",
        examples: ["set dry-run on", "set dry-run off"], needsAccount: false, keywordHint: SetFormat.variablesHint)

    let isOn: Bool

    static let state: TypedParameter<Bool> = .one("on|off", .toggle, messageName: "dry-run")

    init(_ arguments: ParsedArguments) { isOn = arguments[Self.state] }

    func run(in context: CommandContext) async throws -> CommandResult {
        context.session.state.settings.dryRun = isOn
        return CommandResult()
    }
}
