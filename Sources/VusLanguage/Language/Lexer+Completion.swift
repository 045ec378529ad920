extension Lexer {
    /// Tokenizes a partial interactive line for tab completion: the complete
    /// words of the command being typed (after the last `;`) and the partial
    /// word under the cursor (empty after a blank).
    ///
    /// Never fails: unterminated quotes simply run to the end of the line and
    /// variables are kept literally (`$x`), since completion must work while
    /// the user is still typing.
    public static func completionWords(_ line: String) -> (words: [String], current: String) {
        let characters = Array(line)
        var words: [String] = []
        var current = ""
        var inWord = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isLineBreak || character == ";" {
                // A new command starts; earlier words don't matter.
                words = []
                current = ""
                inWord = false
                index += 1
                continue
            }
            if character.isBlank {
                if inWord { words.append(current) }
                current = ""
                inWord = false
                index += 1
                continue
            }
            let nextEndsWord = index + 1 >= characters.count || characters[index + 1].isBlank
            if character == "#" && !inWord && (words.isEmpty || nextEndsWord) {
                return (words, "") // The cursor is inside a comment.
            }
            inWord = true
            index += 1
            switch character {
            case "\\":
                if index < characters.count {
                    current.append(characters[index])
                    index += 1
                }
            case "'":
                while index < characters.count, characters[index] != "'" {
                    current.append(characters[index])
                    index += 1
                }
                index += 1
            case "\"":
                while index < characters.count, characters[index] != "\"" {
                    let isEscape = characters[index] == "\\" && index + 1 < characters.count
                        && ["\"", "\\", "$"].contains(characters[index + 1])
                    if isEscape { index += 1 }
                    current.append(characters[index])
                    index += 1
                }
                index += 1
            default:
                current.append(character)
            }
        }
        return (words, current)
    }
}
