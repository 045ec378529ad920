/// Shell-style wildcard matching for filter patterns like `email=*@example.com`.
public enum Glob {
    /// Whether `text` matches `pattern`, case-insensitively. `*` matches any
    /// run of characters (including none) and `?` exactly one; every other
    /// character matches itself.
    ///
    /// Greedy matching with single-star backtracking: linear for typical
    /// patterns and never exponential, whatever the input.
    public static func matches(_ pattern: String, _ text: String) -> Bool {
        let pattern = Array(pattern.lowercased())
        let text = Array(text.lowercased())
        var patternIndex = 0
        var textIndex = 0
        var lastStar: Int?
        var textAtLastStar = 0
        while textIndex < text.count {
            if patternIndex < pattern.count, pattern[patternIndex] == "*" {
                lastStar = patternIndex
                textAtLastStar = textIndex
                patternIndex += 1
            } else if patternIndex < pattern.count,
                      pattern[patternIndex] == "?" || pattern[patternIndex] == text[textIndex] {
                patternIndex += 1
                textIndex += 1
            } else if let star = lastStar {
                // Let the last star swallow one more character and retry.
                patternIndex = star + 1
                textAtLastStar += 1
                textIndex = textAtLastStar
            } else {
                return false
            }
        }
        while patternIndex < pattern.count, pattern[patternIndex] == "*" {
            patternIndex += 1
        }
        return patternIndex == pattern.count
    }

    /// Whether `pattern` contains a wildcard at all.
    public static func hasWildcards(_ pattern: String) -> Bool {
        pattern.contains("*") || pattern.contains("?")
    }
}
