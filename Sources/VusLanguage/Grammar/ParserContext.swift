import VultrAPI

/// What the parser needs to know besides the source text itself.
public struct ParserContext<Command: Sendable>: Sendable {
    /// The name used in every `SourceLocation`, e.g. `offboard.vus`.
    public var sourceName: String
    /// Variables defined so far (by earlier `let` commands); consulted before `environment`.
    public var variables: [String: String]
    /// The process environment, the fallback for `$NAME`.
    public var environment: [String: String]
    /// The ACL names the account accepts.
    public var knownACLs: [String]
    /// The commands to recognise.
    public var registry: CommandRegistry<Command>
    /// A person is at a prompt: what a script must spell out (a new user's password) may be
    /// asked for instead.
    public var isInteractive: Bool

    /// Creates a context for the commands of `registry`.
    public init(
        sourceName: String,
        variables: [String: String] = [:],
        environment: [String: String] = [:],
        knownACLs: [String],
        commands registry: CommandRegistry<Command>,
        isInteractive: Bool = false
    ) {
        self.sourceName = sourceName
        self.variables = variables
        self.environment = environment
        self.knownACLs = knownACLs
        self.registry = registry
        self.isInteractive = isInteractive
    }
}
