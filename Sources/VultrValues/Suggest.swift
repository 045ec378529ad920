/// "Did you mean ...?" suggestions for mistyped words.
public enum Suggest {
    /// The candidate `word` most likely meant, or `nil` if none is close.
    ///
    /// Comparison is case-insensitive. In order of preference: an exact match;
    /// the only candidate that starts with `word`; the candidate with the
    /// smallest Damerau-Levenshtein distance, if that distance is at most 1
    /// for words of up to 4 characters and at most 2 for longer ones (so `x`
    /// doesn't suggest `ls`, nor `xml` `yaml`). Ties go to the earlier candidate.
    public static func closest(_ word: String, among candidates: [String]) -> String? {
        let typed = word.lowercased()
        guard !typed.isEmpty else { return nil }
        if let exact = candidates.first(where: { $0.lowercased() == typed }) {
            return exact
        }
        let extensions = candidates.filter { $0.lowercased().hasPrefix(typed) }
        if extensions.count == 1 {
            return extensions.first
        }
        let typedCharacters = Array(typed)
        let maximum = typedCharacters.count <= 4 ? 1 : 2
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typedCharacters, Array(candidate.lowercased()))
            if distance <= maximum, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `; did you mean 'x'?` for the candidate `word` most likely meant (``closest(_:among:)``),
    /// or `nil` if none is close: the one wording of a suggestion after an error.
    public static func didYouMean(_ word: String, among candidates: [String]) -> String? {
        closest(word, among: candidates).map { "; did you mean '\($0)'?" }
    }

    /// `unknown key 'Actoin' (did you mean 'Action'?); a statement takes Effect, Action, Resource`:
    /// the one wording of a key a document's `owner` (`a user`, `a statement`) does not take.
    /// `shown` is how to print the key (a document may need its control characters made visible).
    public static func unknownKey(_ key: String, shown: String? = nil, known: [String], owner: String) -> String {
        let meant = closest(key, among: known).map { " (did you mean '\($0)'?)" } ?? ""
        return "unknown key '\(shown ?? key)'\(meant); \(owner) takes \(known.joined(separator: ", "))"
    }

    /// The optimal-string-alignment distance: insertions, deletions,
    /// substitutions and transpositions of adjacent characters (`alc` → `acl` is 1).
    public static func editDistance(_ source: [Character], _ target: [Character]) -> Int {
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        var previousPrevious = [Int](repeating: 0, count: target.count + 1)
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for i in 1...source.count {
            current[0] = i
            for j in 1...target.count {
                let cost = source[i - 1] == target[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[target.count]
    }
}
