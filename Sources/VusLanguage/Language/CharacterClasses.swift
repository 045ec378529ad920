/// The character classes the lexer and parser agree on.
extension Character {
    /// A word separator: space or tab.
    var isBlank: Bool { self == " " || self == "\t" }

    /// A line ending: LF, CRLF (a single `Character` in Swift) or a lone CR.
    var isLineBreak: Bool { self == "\n" || self == "\r\n" || self == "\r" }

    /// `0`...`9` only. Compares the ASCII value because a range check on
    /// `Character` would also admit a digit followed by a combining mark.
    var isASCIIDigit: Bool {
        guard isASCII, let value = asciiValue else { return false }
        return (48...57).contains(value)
    }

    /// May start a variable name: `[A-Za-z_]`.
    var isVariableNameStart: Bool {
        guard isASCII, let value = asciiValue else { return false }
        return value == 95 || (65...90).contains(value) || (97...122).contains(value)
    }

    /// May continue a variable name: `[A-Za-z0-9_]`.
    var isVariableNameContinuation: Bool { isVariableNameStart || isASCIIDigit }
}

/// Rules for variable names, shared by `$name` expansion and `set NAME VALUE`.
enum VariableName {
    /// Whether `name` matches `[A-Za-z_][A-Za-z0-9_]*`.
    static func isValid(_ name: String) -> Bool {
        guard let first = name.first, first.isVariableNameStart else { return false }
        return name.allSatisfy(\.isVariableNameContinuation)
    }
}
