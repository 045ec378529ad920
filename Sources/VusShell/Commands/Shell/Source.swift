/// `source <file>`: runs a script file's commands; its variables and settings stay in effect.
struct Source: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "source", parameters: [Self.fileParameter.parameter],
        summary: "Run the commands in a file",
        details: "Read and check a whole script file, then run it; its variables and settings stay in effect.",
        examples: ["source review.vus"], mayMakeUnnamed: true)

    let path: String

    static let fileParameter: TypedParameter<String> = .one("file", .path)

    init(_ arguments: ParsedArguments) { path = arguments[Self.fileParameter] }

    func run(in context: CommandContext) async throws -> CommandResult { CommandResult(ending: .source(path)) }
}
