extension Lexer {
    /// `'...'`: everything up to the closing quote is literal. Quotes never
    /// span lines, so a line break before the closing quote is an error
    /// reported at the opening quote.
    mutating func lexSingleQuoted() {
        let opening = location
        word.begin(at: opening)
        word.wasQuoted = true
        text.append("'")
        advance()
        while let character = peek(), !character.isLineBreak {
            text.append(character)
            advance()
            if character == "'" { return }
            word.text.append(character)
        }
        report("unterminated single quote", at: opening)
    }

    /// `"..."`: `\"`, `\\`, `\$`, `\n` and `\t` are escapes (any other `\x`
    /// keeps both characters) and `$name` / `${name}` expand.
    mutating func lexDoubleQuoted(lookup: (String) -> String?) {
        let opening = location
        word.begin(at: opening)
        word.wasQuoted = true
        text.append("\"")
        advance()
        while let character = peek(), !character.isLineBreak {
            switch character {
            case "\"":
                text.append(character)
                advance()
                return
            case "\\":
                text.append(character)
                advance()
                guard let escaped = peek(), !escaped.isLineBreak else {
                    word.text.append(character)
                    continue
                }
                text.append(escaped)
                advance()
                switch escaped {
                case "\"", "\\", "$": word.text.append(escaped)
                case "n": word.text.append("\n")
                case "t": word.text.append("\t")
                default: word.text.append(character); word.text.append(escaped)
                }
            case "$":
                expandVariable(inDoubleQuotes: true, lookup: lookup)
            default:
                text.append(character)
                word.text.append(character)
                advance()
            }
        }
        report("unterminated double quote", at: opening)
    }
}
