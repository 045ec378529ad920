import VultrAPI

/// `show policy NAME`: one policy's document, readable.
struct ShowPolicy: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "show", keywords: ["policy"], parameters: [nameParameter.parameter],
        summary: "Show a policy's document",
        details: """
        Show one policy: whether Vultr manages it, and each statement of its document (Allow or \
        Deny, the actions, the resources); under --format json the document as Vultr writes it.
        """,
        examples: ["show policy contractor-boundary"])

    let name: String

    static let nameParameter: TypedParameter<String> = .one("name", .named(.policy))

    init(_ arguments: ParsedArguments) { name = arguments[Self.nameParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let policy = try NamedEntity.find(name, in: try await context.client.policies(), noun: "policy", name: \.name)
        return CommandResult(.record(policy))
    }
}
