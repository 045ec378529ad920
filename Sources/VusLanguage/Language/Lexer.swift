/// Splits source text into commands of words: handles blanks, `;`, quotes,
/// backslash escapes, comments, continuation lines and `$variable` expansion.
///
/// The lexer hands out one command at a time (see `nextCommand(lookup:)`)
/// because `set NAME VALUE` on one line must be visible to `$NAME` on the next:
/// the parser updates its variables between calls.
public struct Lexer: Sendable {
    /// The name used in every location.
    public let sourceName: String
    let characters: [Character]
    var index = 0
    var line = 1
    var column = 1

    // State of the command being lexed; reset by `lexCommand`.
    var words: [Word] = []
    var word = PendingWord()
    var text = ""
    var diagnostics: [Diagnostic] = []

    /// Prepares to lex `source`. A leading byte-order mark and a `#!` first
    /// line are skipped so scripts can be made executable.
    public init(source: String, sourceName: String) {
        self.sourceName = sourceName
        characters = Array(source)
        if characters.first == "\u{FEFF}" {
            index = 1 // Editors don't count the BOM as a column.
        }
        if peek() == "#" && peek(1) == "!" {
            while let character = peek(), !character.isLineBreak { advance() }
        }
    }

    /// Whether every character has been consumed.
    public var isAtEnd: Bool { index >= characters.count }

    /// The next non-empty command, or `nil` at the end of the source.
    /// `lookup` resolves variable names; `nil` from it means undefined.
    public mutating func nextCommand(lookup: (String) -> String?) -> LexedCommand? {
        while !isAtEnd {
            if let command = lexCommand(lookup: lookup) { return command }
        }
        return nil
    }

    /// Every command of `source`, expanding variables from `variables` only
    /// (no `set` tracking); convenient for tests and one-off lines.
    public static func commands(in source: String, sourceName: String, variables: [String: String] = [:]) -> [LexedCommand] {
        var lexer = Lexer(source: source, sourceName: sourceName)
        var commands: [LexedCommand] = []
        while let command = lexer.nextCommand(lookup: { variables[$0] }) {
            commands.append(command)
        }
        return commands
    }

    /// Lexes up to the end of one command (line break, `;` or end of source);
    /// `nil` if the command had no words (blank line, comment, `;;`).
    private mutating func lexCommand(lookup: (String) -> String?) -> LexedCommand? {
        words = []
        word = PendingWord()
        text = ""
        diagnostics = []
        let start = location
        while let character = peek() {
            if character.isLineBreak || character == ";" {
                advance()
                break
            }
            if character.isBlank {
                text.append(character)
                advance()
                finishWord()
                continue
            }
            switch character {
            case "#" where !word.isStarted && (words.isEmpty || peek(1).map { $0.isBlank || $0.isLineBreak } ?? true):
                skipComment()
            case "\\":
                lexBackslash()
            case "'":
                lexSingleQuoted()
            case "\"":
                lexDoubleQuoted(lookup: lookup)
            case "$":
                word.begin(at: location)
                expandVariable(inDoubleQuotes: false, lookup: lookup)
            default:
                word.begin(at: location)
                word.text.append(character)
                text.append(character)
                advance()
            }
        }
        finishWord()
        guard !words.isEmpty || !diagnostics.isEmpty else { return nil }
        return LexedCommand(
            words: words,
            text: text.trimmingBlanks(),
            location: words.first?.location ?? diagnostics.first?.location ?? start,
            diagnostics: diagnostics
        )
    }

    /// A `#` that starts a command, or that stands alone as a word (`# note`), comments out
    /// the rest of the physical line, including any trailing backslash. Elsewhere `#` begins
    /// an argument (`#3`, or a mistake like `#-1` that the parser then refuses), so a typo
    /// never silently becomes a comment.
    private mutating func skipComment() {
        while let character = peek(), !character.isLineBreak { advance() }
    }

    /// Outside quotes `\` escapes the next character, unless it is the last
    /// non-blank character of the line: then the command continues on the
    /// next line, as if the two lines were joined by one space.
    private mutating func lexBackslash() {
        var probe = index + 1
        while probe < characters.count, characters[probe].isBlank { probe += 1 }
        if probe >= characters.count || characters[probe].isLineBreak {
            while index < probe { advance() }
            advance() // The line break, if any.
            while let character = peek(), character.isBlank { advance() }
            finishWord()
            while text.last?.isBlank == true { text.removeLast() }
            text.append(" ")
            return
        }
        word.begin(at: location)
        word.wasQuoted = true
        text.append("\\")
        advance()
        guard let escaped = peek() else { return }
        word.text.append(escaped)
        text.append(escaped)
        advance()
    }

    /// Ends the current word, if one was started.
    mutating func finishWord() {
        guard let start = word.start else { return }
        words.append(Word(text: word.text, location: start, wasQuoted: word.wasQuoted))
        word = PendingWord()
    }

    /// The location of the next character.
    var location: SourceLocation {
        SourceLocation(source: sourceName, line: line, column: column)
    }

    /// The character `offset` places ahead, if any.
    func peek(_ offset: Int = 0) -> Character? {
        let position = index + offset
        return position < characters.count ? characters[position] : nil
    }

    /// Consumes one character, keeping line and column up to date.
    mutating func advance() {
        guard index < characters.count else { return }
        if characters[index].isLineBreak {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    /// Records a lexical error for the current command.
    mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(location: location, message: message))
    }
}

/// A word being assembled from unquoted, quoted and expanded pieces.
struct PendingWord: Sendable {
    var text = ""
    var start: SourceLocation?
    var wasQuoted = false

    /// Whether any character of the word has been seen; `""` starts a word too.
    var isStarted: Bool { start != nil }

    /// Marks the word as started at `location` unless it already was.
    mutating func begin(at location: SourceLocation) {
        if start == nil { start = location }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        guard let first = firstIndex(where: { !$0.isBlank }),
              let last = lastIndex(where: { !$0.isBlank }) else { return "" }
        return String(self[first...last])
    }
}
