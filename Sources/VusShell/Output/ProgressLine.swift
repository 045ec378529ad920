import Foundation
import Synchronization

/// A line of progress on standard error while a long read runs (`reading the organization: 120
/// of 509 requests`), rewritten in place and cleared when it ends. Only at a terminal: a
/// script's standard error stays as it is, messages and errors only.
public final class ProgressLine: Sendable {
    private let sink: any OutputSink
    private let shown = Mutex<(text: String, at: ContinuousClock.Instant?)>(("", nil))

    /// A progress line on `sink`'s error stream, or `nil` when standard error is not a terminal.
    public static func onTerminal(_ sink: any OutputSink) -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine(sink: sink) : nil
    }

    init(sink: any OutputSink) { self.sink = sink }

    /// Shows `text`, at most ten times a second.
    func show(_ text: String) {
        let now = ContinuousClock.now
        let due = shown.withLock { state -> Bool in
            if let at = state.at, now - at < .milliseconds(100) { return false }
            state = (text, now)
            return true
        }
        if due { sink.writeError("\r\u{1B}[K" + text) }
    }

    /// Removes the line, if one was shown.
    func clear() {
        let wasShown = shown.withLock { state -> Bool in
            defer { state = ("", nil) }
            return state.at != nil
        }
        if wasShown { sink.writeError("\r\u{1B}[K") }
    }
}
