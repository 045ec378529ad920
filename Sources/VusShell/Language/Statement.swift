/// One parsed command together with where it came from.
public struct Statement: Sendable {
    /// What to do.
    public var command: any ShellCommand
    /// Where the command's first word starts.
    public var location: SourceLocation
    /// The command's source text after continuation joining, trimmed and unexpanded, for `-x`.
    public var text: String

    /// Creates a statement.
    public init(command: any ShellCommand, location: SourceLocation, text: String) {
        self.command = command
        self.location = location
        self.text = text
    }
}
