/// Checks ACL names against the account's list and gives their canonical spelling.
struct ACLNames {
    /// The valid names, in the order error messages list them.
    let known: [String]

    /// The canonical spelling of `name` (case-insensitive match), or an
    /// `unknown ACL` diagnostic at `word` that lists every valid name.
    func resolve(_ name: String, in word: Word) throws(Diagnostic) -> String {
        if let match = known.first(where: { $0.lowercased() == name.lowercased() }) {
            return match
        }
        throw Diagnostic(
            location: word.location,
            message: Messages.unknown("ACL", name, listLabel: "valid ACLs", list: known))
    }

    /// Resolves a comma-separated list (`billing,dns`); empty items are
    /// ignored so `acl=` means no ACLs and a trailing comma is harmless.
    func resolveList(_ word: Word, text: String? = nil) throws(Diagnostic) -> [String] {
        var names: [String] = []
        for item in (text ?? word.text).split(separator: ",", omittingEmptySubsequences: true) {
            names.append(try resolve(String(item), in: word))
        }
        return names
    }

    /// A filter's ACL: an exact name (canonicalized) or a glob that matches
    /// at least one valid name, so `acl=sub*` works but `acl=bilinng*` is caught.
    func resolvePattern(_ pattern: String, in word: Word) throws(Diagnostic) -> String {
        guard Glob.hasWildcards(pattern) else {
            return try resolve(pattern, in: word)
        }
        guard known.contains(where: { Glob.matches(pattern, $0) }) else {
            throw Diagnostic(
                location: word.location,
                message: "ACL pattern '\(pattern)' matches no ACL; valid ACLs: \(known.joined(separator: ", "))")
        }
        return pattern
    }
}
