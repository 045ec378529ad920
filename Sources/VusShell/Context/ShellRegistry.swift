/// The shell's commands: forms the parser makes into commands the shell runs (the standard
/// list is the Commands folder's).
public typealias ShellRegistry = CommandRegistry<any ShellCommand>

/// A parsed command of the shell's, with where it came from.
public typealias ShellStatement = Statement<any ShellCommand>

extension CommandRegistry where Command == any ShellCommand {
    /// A registry of these command types, in `help`'s order.
    public init(_ commands: [any ShellCommand.Type]) {
        self.init(commands.map { type in Form(syntax: type.syntax) { arguments throws(Diagnostic) in try type.init(arguments) } },
                  definition: { $0.variableDefinition })
    }
}
