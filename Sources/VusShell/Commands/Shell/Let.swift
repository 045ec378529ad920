/// `let name = value...`: defines a variable for `$name` on later lines (at parse time, so a
/// whole script can be checked before it runs).
struct Let: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "let",
        parameters: [nameParameter.parameter, Parameter("=", .literal("=")), valueParameter.parameter],
        summary: "Define a variable",
        details: "Define $name for later lines; several value words are joined by one space.",
        examples: ["let domain = contractor.com", "ls users email=*@$domain"], needsAccount: false)

    let name: String
    let value: String

    static let nameParameter: TypedParameter<String> = .one("name", .variableName)
    static let valueParameter: TypedParameter<[String]> = .many("value", .text, minimum: 1)

    init(_ arguments: ParsedArguments) {
        name = arguments[Self.nameParameter]
        value = arguments[Self.valueParameter].joined(separator: " ")
    }

    var variableDefinition: (name: String, value: String)? { (name, value) }

    func run(in context: CommandContext) async throws -> CommandResult {
        context.session.state.define(name, value)
        return CommandResult()
    }
}
