/// `echo [text...]`: prints the words joined by one space.
struct Echo: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "echo", parameters: [Self.words.parameter],
        summary: "Print text",
        details: "Print the words joined by one space, after variable expansion.",
        examples: ["echo \"offboarding contractors\""], needsAccount: false)

    let text: String

    static let words: TypedParameter<[String]> = .many("text", .text)

    init(_ arguments: ParsedArguments) { text = arguments[Self.words].joined(separator: " ") }

    func run(in context: CommandContext) async throws -> CommandResult { CommandResult(.text(text)) }
}
