import Foundation
import LineEditing
import VultrAPI

/// The interactive shell: a banner, a prompt that shows the context, history, and commands run
/// one line at a time. An error never ends it; Ctrl-C drops the line or cancels the command;
/// Ctrl-D or `exit` leaves.
struct REPL {
    let session: Session
    let sink: any OutputSink
    let reader: any LineReader
    let endpoint: URL
    /// This run's record of changes (and its journal).
    var changes = ChangeLog()

    func run() async -> ScriptRunner.Status {
        let where_ = session.environmentName.map { "the \($0) at \(endpoint.absoluteString)" } ?? endpoint.absoluteString
        Reporter(sink: sink, interactive: true).greeting("vus \(VusVersion.current) — connected to \(where_). Type 'help' for commands, Ctrl-D to leave.")
        let context = CommandContext(session: session, prompter: ReaderPrompter(reader: reader, sink: sink), changes: changes,
                                     progress: ProgressLine.onTerminal(sink))
        let runner = ScriptRunner(context: context, sink: sink)
        let reader = self.reader
        let session = self.session
        var status = await InputRunner(runner: runner, sourceName: "<prompt>").run(prompt: { Prompt.text(for: session) }) { prompt in
            while true {
                switch reader.readLine(prompt: prompt ?? "") {
                case .line(let line):
                    // A variable used as a password takes the line that defined it out of history.
                    let passwords = EchoText.passwordVariables(in: line)
                    if !passwords.isEmpty {
                        session.state.notePasswordVariables(passwords)
                        reader.forgetHistory { History.defines($0, anyOf: passwords) }
                    }
                    if History.shouldKeep(line, passwordVariables: session.state.passwordVariables) { reader.addHistory(line) }
                    return line
                case .interrupted:
                    _ = Interrupts.take()
                    if Interrupts.terminating { return nil }  // SIGTERM or SIGHUP: leave
                    continue
                case .endOfInput:
                    return nil
                }
            }
        }
        reader.close()
        status.failures = 0  // an interactive session's errors were already shown; leaving is success
        status.interrupted = Interrupts.terminating
        return status
    }
}

/// Which lines the history keeps: not blank ones, not ones starting with a space (the user's
/// way of saying "don't remember this"), and never one that carries a password or defines a
/// secret-named variable.
enum History {
    static func shouldKeep(_ line: String, passwordVariables: Set<String> = []) -> Bool {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix(" ") else { return false }
        if line.range(of: "password", options: .caseInsensitive) != nil { return false }
        if defines(line, anyOf: passwordVariables) { return false }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "=" || $0 == ";" })
        for (index, word) in words.enumerated() where word.lowercased() == "let" && index + 1 < words.count {
            if SecretNames.isSecret(String(words[index + 1])) { return false }
        }
        return true
    }

    /// Whether `line` defines (`let NAME = …`) one of `names`.
    static func defines(_ line: String, anyOf names: Set<String>) -> Bool {
        guard !names.isEmpty else { return false }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "=" || $0 == ";" })
        return words.indices.contains { words[$0] == "let" && $0 + 1 < words.count && names.contains(String(words[$0 + 1])) }
    }
}

/// The prompt: `vus> `, `vus bob@example.com> `, `vus [7 users]> `, with the environment
/// (`vus(sandbox)> `); bold only when colour is allowed.
enum Prompt {
    static func text(for session: Session) -> String {
        var text = "vus"
        if let name = session.environmentName { text += "(\(name))" }
        let selection = session.state.selection
        if let label = selection.label {
            if case .users = selection { text += " [\(label)]" } else { text += " " + label }
        }
        return text + "> "
    }
}

/// Confirmations and passwords through the line reader.
struct ReaderPrompter: Prompter {
    let reader: any LineReader
    let sink: any OutputSink

    func confirm(_ question: String, details: [String]) async -> Bool {
        Reporter(sink: sink, interactive: true).details(details)
        guard case .line(let answer) = reader.readLine(prompt: "\(question) [y/N] ") else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    func readSecret(_ prompt: String) async -> String? { reader.readSecret(prompt: prompt) }
}
