/// `set on-error stop|continue`.
struct SetOnError: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "set", keywords: ["on-error"], parameters: [Self.policyParameter.parameter],
        summary: "Choose whether a script stops at the first failing command",
        details: "stop (the default) ends a script at the first failure; continue reports it and goes on.",
        examples: ["set on-error continue", "set on-error stop"], needsAccount: false, keywordHint: SetFormat.variablesHint)

    let policy: ErrorPolicy

    static let policyParameter: TypedParameter<ErrorPolicy> = .one(ErrorPolicy.words.joined(separator: "|"), .choice(ErrorPolicy.words), messageName: "on-error")

    init(_ arguments: ParsedArguments) { policy = arguments[Self.policyParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        context.session.state.settings.onError = policy
        return CommandResult()
    }
}
