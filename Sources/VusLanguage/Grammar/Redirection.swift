import Foundation

/// A shell habit refused: `export users > users.yaml` or `ls users | grep bob`. vus has no
/// redirection or pipes, so a `>` or `|` word must not be read as a filter, a user or text.
enum Redirection {
    /// The error for the first unquoted word starting with `>` or `|`, if any: it says how to
    /// keep the output, showing the command as written up to that word with secrets masked.
    static func diagnostic(for command: LexedCommand, commands: CommandSyntaxTable) -> Diagnostic? {
        guard let word = command.words.dropFirst().first(where: { !$0.wasQuoted && ($0.text.hasPrefix(">") || $0.text.hasPrefix("|")) })
        else { return nil }
        let symbol = word.text.hasPrefix("|") ? "|" : ">"
        let writesFiles = command.words.first.map { verb in
            commands.forms(of: verb.text).contains { $0.options.contains { $0.key == "file" } }
        } ?? false
        var message = "vus has no '\(symbol)'; quote it if you meant the text. To keep the output, "
            + (writesFiles ? "add file=PATH, or " : "") + "run from your shell: vus -c "
        // The source text, not the expanded words, so that `$PW` stays `$PW`.
        if word.location.line == command.location.line, word.location.column > command.location.column {
            let before = command.text.prefix(word.location.column - command.location.column)
                .trimmingCharacters(in: .whitespaces)
            let shown = EchoText.masked(before).replacingOccurrences(of: "'", with: #"'\''"#)
            message += "'\(shown)' \(symbol) ..."
        } else {
            message += "'...' \(symbol) ..."
        }
        return Diagnostic(location: word.location, message: message)
    }
}
