/// How the shell behaves; `set` changes these, and so do vus's flags.
public struct Settings: Sendable, Equatable {
    public var format: OutputFormat = .table
    public var onError: ErrorPolicy = .stop
    /// Print the requests mutations would send, and send none.
    public var dryRun = false
    /// Act on sets of users and delete without asking (`-y`).
    public var assumeYes = false
    /// Print only ids (`-q`).
    public var quiet = false
    /// Colour in tables and messages.
    public var color = false
    /// Print each command before running it (`-x`).
    public var echo = false
    /// A person is at a terminal: confirmations and password prompts are possible.
    public var interactive = false

    public init() {}
}
