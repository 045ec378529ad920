/// A position in a script or an interactive line: the source's name plus a
/// 1-based line and a 1-based column counted in Unicode characters
/// (grapheme clusters), which is what a user sees in an editor.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// The name of the source, e.g. a file name like `offboard.vus` or `<stdin>`.
    public var source: String
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode characters.
    public var column: Int

    /// Creates a location.
    public init(source: String, line: Int, column: Int) {
        self.source = source
        self.line = line
        self.column = column
    }

    /// The conventional `source:line:column` form, e.g. `offboard.vus:40:7`.
    public var description: String { "\(source):\(line):\(column)" }
}
