/// A whole parsed source: only produced when every line parsed cleanly, so a
/// caller never runs half of a script that has a typo further down.
public struct Script<Command: Sendable>: Sendable {
    /// The commands, in source order.
    public var statements: [Statement<Command>]
    /// The variables the script's `let NAME = VALUE` lines define (not the context's), so an
    /// interactive shell can carry them over.
    public var variables: [String: String]

    /// Creates a script.
    public init(statements: [Statement<Command>], variables: [String: String]) {
        self.statements = statements
        self.variables = variables
    }
}
