/// Everything the shell says about one command: for `help`, for the parser's
/// error messages and for tab completion.
public struct CommandSpec: Sendable, Equatable {
    /// The command word, e.g. `ls`.
    public var name: String
    /// The words accepted right after the command, e.g. `["users", "acls", "keys", "allow"]`
    /// for `ls` or `["on", "off"]` for `api`; empty if none.
    public var subcommands: [String]
    /// One synopsis line per form, e.g. `["api [user]", "api on|off [user]"]`.
    public var usage: [String]
    /// A one-line description for the `help` overview.
    public var summary: String
    /// A paragraph plus a few examples, for `help <command>`.
    public var details: String
    /// What follows the command word, for inline hints, e.g. `<id|email|#N>`.
    public var argumentHint: String

    /// Creates a spec.
    public init(name: String, subcommands: [String] = [], usage: [String], summary: String, details: String, argumentHint: String = "") {
        self.name = name
        self.subcommands = subcommands
        self.usage = usage
        self.summary = summary
        self.details = details
        self.argumentHint = argumentHint
    }
}
