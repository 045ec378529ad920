/// One parsed command together with where it came from.
public struct Statement<Command: Sendable>: Sendable {
    /// What to do.
    public var command: Command
    /// Where the command's first word starts.
    public var location: SourceLocation
    /// The command's source text after continuation joining, trimmed and unexpanded, for `-x`.
    public var text: String
    /// The names of the account its arguments use or make.
    public var names: [NameUse]

    /// Creates a statement.
    public init(command: Command, location: SourceLocation, text: String, names: [NameUse] = []) {
        self.command = command
        self.location = location
        self.text = text
        self.names = names
    }
}
