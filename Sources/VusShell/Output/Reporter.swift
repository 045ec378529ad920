/// What a run tells people besides the results the ``Renderer`` prints: errors at their place,
/// warnings, the echo of commands, interruptions, where a run stopped and what it had changed,
/// questions' details. All of it goes to standard error, so standard output stays data (but
/// the interactive shell's greeting). The runners, the prompter and the app report through it alone.
struct Reporter: Sendable {
    let sink: any OutputSink
    /// At a prompt an error needs no place: it is about the line just typed.
    let interactive: Bool

    /// `offboard.vus:4:7: error: …`, or `error: …` at a prompt.
    func error(_ message: String, at location: SourceLocation) {
        sink.writeError(interactive ? "error: \(message)\n" : "\(Diagnostic(location: location, message: message))\n")
    }

    /// Several diagnostics, each at its place, the first ones listed.
    func errors(_ diagnostics: DiagnosticList) {
        sink.writeError(diagnostics.limitedDescription + "\n")
    }

    /// The interactive shell's greeting, on standard output.
    func greeting(_ text: String) { sink.write(text + "\n") }

    /// `vus: warning: …`.
    func warning(_ text: String) { sink.writeError("vus: warning: \(text)\n") }

    /// `vus: …`: why vus stopped or could not start.
    func failure(_ text: String) { sink.writeError("vus: \(text)\n") }

    /// Text written as it is (a refusal's own lines, a parse failure's message).
    func text(_ text: String) { sink.writeError(text.hasSuffix("\n") ? text : text + "\n") }

    /// `+ command`, under `-x`.
    func echo(_ command: String) { sink.writeError("+ \(command)\n") }

    /// `trace: …`, under `--trace`.
    func trace(_ line: String) { sink.writeError("trace: \(line)\n") }

    /// A run a signal or Ctrl-C stopped at `location`; at a prompt the ^C echo ends without a newline.
    func interrupted(at location: SourceLocation) {
        sink.writeError(interactive ? "\ninterrupted\n" : "\(location): interrupted\n")
    }

    /// Where a run stopped and what it had changed by then.
    func stopped(at place: String, reason: String, changes: [String]) {
        var text = "vus: \(place) \(reason); "
        if changes.isEmpty {
            text += "no changes had been made.\n"
        } else {
            text += "changes already made (\(changes.count)):\n" + changes.map { "  \($0)\n" }.joined()
        }
        sink.writeError(text)
    }

    /// What a question is about, a line each, before it is asked.
    func details(_ lines: [String]) { for line in lines { sink.writeError(line + "\n") } }
}
