import VultrValues

/// Wording shared by many diagnostics, so similar mistakes read alike.
public enum Messages {
    /// `a`, `a or b`, `a, b or c`.
    public static func alternatives(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }

    /// `'ls' takes users, acls, keys or allow; got 'user'; did you mean 'users'?`
    static func subcommandExpected(_ command: String, _ choices: [String], got word: String) -> String {
        "'\(command)' takes \(alternatives(choices)); got '\(word)'" + (Suggest.didYouMean(word, among: choices) ?? "")
    }

    /// `api takes on or off, got 'maybe'` (plus a suggestion when one is close).
    static func valueExpected(_ subject: String, _ choices: [String], got word: String) -> String {
        "\(subject) takes \(alternatives(choices)), got '\(word)'" + (Suggest.didYouMean(word, among: choices) ?? "")
    }

    /// `unknown ACL 'biling'; did you mean 'billing'? Valid ACLs: abuse, ...`
    /// or, without a suggestion, `unknown format 'xml'; formats: table, ...`.
    static func unknown(_ kind: String, _ word: String, listLabel: String, list: [String]) -> String {
        let listing = list.joined(separator: ", ")
        if let suggestion = Suggest.closest(word, among: list) {
            return "unknown \(kind) '\(word)'; did you mean '\(suggestion)'? \(listLabel.capitalizingFirst()): \(listing)"
        }
        return "unknown \(kind) '\(word)'; \(listLabel): \(listing)"
    }

}

extension String {
    /// The string with its first character uppercased (`valid ACLs` → `Valid ACLs`).
    func capitalizingFirst() -> String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
