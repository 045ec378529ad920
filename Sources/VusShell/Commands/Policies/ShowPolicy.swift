import VultrAPI

/// `show policy NAME`: one policy's document, readable.
struct ShowPolicy: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "show", keywords: ["policy"], parameters: [nameParameter.parameter],
        summary: "Show a policy's document and where it is attached",
        details: """
        Show one policy: whether Vultr manages it, each statement of its document (Allow or Deny, \
        the actions, the resources), and the users, groups and roles it is attached to; under \
        --format json the document as Vultr writes it.
        """,
        examples: ["show policy contractor-boundary"])

    let name: String

    static let nameParameter: TypedParameter<String> = .one("name", .named(.policy))

    init(_ arguments: ParsedArguments) { name = arguments[Self.nameParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let policy = try await context.policy(named: name)
        return CommandResult(.record(policy), notes: try await ObjectUses.of(policy, context: context).lines)
    }
}
