/// `echo [text...]`: prints the words joined by one space.
struct Echo: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "echo", parameters: [Parameter("text", .text, .many(minimum: 0))],
        summary: "Print text",
        details: "Print the words joined by one space, after variable expansion.",
        examples: ["echo \"offboarding contractors\""], needsAccount: false)

    let text: String

    init(_ arguments: ParsedArguments) { text = arguments.texts("text").joined(separator: " ") }

    func run(in context: CommandContext) async throws -> CommandResult { CommandResult(.text(text)) }
}
