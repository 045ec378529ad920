/// One word of a command after quote removal and variable expansion.
public struct Word: Sendable, Equatable {
    /// The word's final text.
    public var text: String
    /// Where the word starts in the source (its first character, which may be a quote).
    public var location: SourceLocation
    /// Whether any part of the word was quoted or backslash-escaped.
    ///
    /// The parser uses this so that `use "#3"` or `use '-'` mean the literal
    /// text rather than a row reference or the clear-selection keyword.
    public var wasQuoted: Bool

    /// Creates a word.
    public init(text: String, location: SourceLocation, wasQuoted: Bool = false) {
        self.text = text
        self.location = location
        self.wasQuoted = wasQuoted
    }
}
