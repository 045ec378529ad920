extension Lexer {
    /// Expands `$name` or `${name}` at the current `$` into the current word.
    /// The value is inserted as-is: expansion never splits words and never
    /// re-interprets quotes, `;` or `#` in the value.
    mutating func expandVariable(inDoubleQuotes: Bool, lookup: (String) -> String?) {
        let dollar = location
        guard let next = peek(1), next.isVariableNameStart || next == "{" else {
            // A `$` not followed by a name or `{` is just a dollar sign.
            word.text.append("$")
            text.append("$")
            advance()
            return
        }
        text.append("$")
        advance()
        if next == "{" {
            expandBraced(from: dollar, inDoubleQuotes: inDoubleQuotes, lookup: lookup)
            return
        }
        var name = ""
        while let character = peek(), character.isVariableNameContinuation {
            name.append(character)
            text.append(character)
            advance()
        }
        substitute(name, at: dollar, lookup: lookup)
    }

    /// `${name}`; the current character is the `{`.
    private mutating func expandBraced(from dollar: SourceLocation, inDoubleQuotes: Bool, lookup: (String) -> String?) {
        var probe = index + 1
        while probe < characters.count, !endsBraceSearch(characters[probe], inDoubleQuotes: inDoubleQuotes) {
            probe += 1
        }
        guard probe < characters.count, characters[probe] == "}" else {
            text.append("{")
            advance()
            report("unterminated '${'", at: dollar)
            return
        }
        var name = ""
        text.append("{")
        advance()
        while index < probe, let character = peek() {
            name.append(character)
            text.append(character)
            advance()
        }
        text.append("}")
        advance()
        guard VariableName.isValid(name) else {
            report("invalid variable name '\(name)' in '${...}'", at: dollar)
            return
        }
        substitute(name, at: dollar, lookup: lookup)
    }

    /// Where the search for a closing `}` gives up: at the brace itself, at
    /// the end of the line, where the word (or the quoted part) ends, or at a
    /// `$` or `{` (no name holds one), which keeps lexing linear in `${${${...`.
    private func endsBraceSearch(_ character: Character, inDoubleQuotes: Bool) -> Bool {
        if character == "}" || character.isLineBreak || character == "\"" || character == "$" || character == "{" { return true }
        return !inDoubleQuotes && (character.isBlank || character == ";" || character == "'")
    }

    /// Appends the variable's value, or reports it as undefined at its `$`.
    private mutating func substitute(_ name: String, at dollar: SourceLocation, lookup: (String) -> String?) {
        if let value = lookup(name) {
            word.text.append(value)
        } else {
            report("undefined variable '\(name)'", at: dollar)
        }
    }
}
