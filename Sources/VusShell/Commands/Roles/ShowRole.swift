import VultrAPI

/// `show role NAME`: one role, its policies, and who holds it.
struct ShowRole: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "show", keywords: ["role"], parameters: [nameParameter.parameter],
        summary: "Show a role: its policies and who holds it",
        details: "Show one role: its type and policies, and the users and groups it is assigned to.",
        examples: ["show role developer"])

    let name: String

    static let nameParameter: TypedParameter<String> = .one("name", .named(.role))

    init(_ arguments: ParsedArguments) { name = arguments[Self.nameParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let role = try await context.role(named: name)
        return CommandResult(.record(role), notes: try await ObjectUses.of(role, context: context).lines)
    }
}
