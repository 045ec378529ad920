/// A command of the vus language, in one file: its syntax (from which parsing, completion, hints
/// and help are derived), how it is built from checked arguments, and its run step, which
/// returns data for the renderer rather than printing.
public protocol ShellCommand: Sendable, Equatable {
    /// The form this type parses. A verb may have several forms, each its own type.
    static var syntax: CommandSyntax { get }
    /// Builds the command from arguments the grammar has already checked; throws only for
    /// rules that span several arguments.
    init(_ arguments: ParsedArguments) throws(Diagnostic)
    /// Does the work and says what happened.
    func run(in context: CommandContext) async throws -> CommandResult
    /// The variable this command defines as it is parsed, for later lines of the same source
    /// (`let`); `nil` for the others.
    var variableDefinition: (name: String, value: String)? { get }
}

extension ShellCommand {
    public var variableDefinition: (name: String, value: String)? { nil }

    /// Whether `other` is the same command with the same arguments.
    public func isSame(as other: any ShellCommand) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }

    /// Whether running it changes the account.
    public var changesAccount: Bool { Self.syntax.changesAccount }
}
