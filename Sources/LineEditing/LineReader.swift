/// What reading a line gave.
public enum LineReadResult: Sendable, Equatable {
    case line(String)
    /// Ctrl-C at the prompt: the typed line is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// A source of lines for the shell: libedit on a terminal, a plain reader otherwise, a scripted
/// one in tests.
public protocol LineReader: AnyObject, Sendable {
    /// Shows `prompt` (when there is a person to see it) and reads one line, without its newline.
    func readLine(prompt: String) -> LineReadResult
    /// Reads a line without echoing it (passwords); `nil` if the person gives up.
    func readSecret(prompt: String) -> String?
    /// Offers the line to the history (the reader decides whether to keep it).
    func addHistory(_ line: String)
    /// Removes from the history (and so from the file it is saved to) every line `matches` picks.
    func forgetHistory(where matches: (String) -> Bool)
    /// Saves what needs saving before exit.
    func close()
}

extension LineReader {
    /// Readers without a history have nothing to forget.
    public func forgetHistory(where matches: (String) -> Bool) {}
}
