/// A failure in the shell itself (as opposed to the API), with a sentence for the user; a
/// ``Diagnostic`` is its counterpart for a command that cannot be parsed.
public struct ShellError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
