/// The words of one command (one line, or one `;`-separated part of a line)
/// as produced by the `Lexer`, before they are given meaning by the parser.
public struct LexedCommand: Sendable, Equatable {
    /// The words, in order. Never empty unless `diagnostics` is non-empty.
    public var words: [Word]
    /// The command's source text with continuation lines joined by one space,
    /// trimmed, without comments and unexpanded (for `-x` style echoing).
    public var text: String
    /// Where the command starts.
    public var location: SourceLocation
    /// Lexical errors (unterminated quotes, undefined variables, ...).
    /// When non-empty the words are incomplete and must not be executed.
    public var diagnostics: [Diagnostic]

    /// Creates a lexed command.
    public init(words: [Word], text: String, location: SourceLocation, diagnostics: [Diagnostic] = []) {
        self.words = words
        self.text = text
        self.location = location
        self.diagnostics = diagnostics
    }
}
