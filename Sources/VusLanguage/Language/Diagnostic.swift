/// One error found while reading a script, tied to the exact place it is about.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the offending word (or quote, or `$`) starts.
    public var location: SourceLocation
    /// A human-readable explanation, often with a suggestion.
    public var message: String

    /// Creates a diagnostic.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// The compiler-style form, e.g. `offboard.vus:40:7: error: unknown command 'alc'`.
    public var description: String { "\(location): error: \(message)" }
}
