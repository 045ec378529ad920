/// `let name = value...`: defines a variable for `$name` on later lines (at parse time, so a
/// whole script can be checked before it runs).
struct Let: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "let",
        parameters: [Parameter("name", .variableName), Parameter("=", .literal("=")), Parameter("value", .text, .many(minimum: 1))],
        summary: "Define a variable",
        details: "Define $name for later lines; several value words are joined by one space.",
        examples: ["let domain = contractor.com", "ls users email=*@$domain"], needsAccount: false)

    let name: String
    let value: String

    init(_ arguments: ParsedArguments) {
        name = arguments.text("name") ?? ""
        value = arguments.texts("value").joined(separator: " ")
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        context.session.define(name, value)
        return CommandResult()
    }
}
