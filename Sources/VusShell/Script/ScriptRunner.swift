import Foundation

/// Runs parsed statements with script-grade behaviour: each command is echoed with `-x`, errors
/// cite `file:line:col`, the run stops at the first failure unless `set on-error continue` (or
/// `--keep-going`), and on stopping it says what had already been changed.
public struct ScriptRunner: Sendable {
    public let interpreter: Interpreter

    /// How a run ended.
    public struct Status: Sendable, Equatable {
        public var failures = 0
        public var stopped = false
        public var interrupted = false
        public var exited = false

        /// 0 all succeeded, 1 a command failed, 130 interrupted.
        public var exitCode: Int32 { interrupted ? 130 : (failures > 0 ? 1 : 0) }
        /// Nothing more should run.
        public var finished: Bool { stopped || interrupted || exited }
    }

    public init(interpreter: Interpreter) { self.interpreter = interpreter }

    var session: Session { interpreter.session }
    var sink: any OutputSink { interpreter.sink }

    /// Runs statements in order, continuing `status`.
    public func run(_ statements: [Statement], status: inout Status) async {
        for statement in statements {
            await run(statement, status: &status)
            if status.finished { return }
        }
    }

    public func run(_ statement: Statement, status: inout Status) async {
        let interactive = session.settings.interactive
        if session.settings.echo { sink.writeError("+ \(Self.redacted(statement.text))\n") }
        let interpreter = self.interpreter
        let command = statement.command
        do {
            let outcome = try await Interrupts.cancellable { try await interpreter.run(command) }
            switch outcome {
            case .next: break
            case .exit: status.exited = true
            case .source(let path): await source(path, from: statement, status: &status)
            }
        } catch is CancellationError {
            // At a terminal the ^C echo ends without a newline.
            sink.writeError(interactive ? "\ninterrupted\n" : "\(statement.location): interrupted\n")
            if !interactive { reportChanges(stoppedAt: statement, reason: "was interrupted") }
            status.interrupted = !interactive
        } catch {
            status.failures += 1
            sink.writeError(interactive ? "error: \(error)\n" : "\(statement.location): error: \(error)\n")
            if !interactive && session.settings.onError == .stop {
                status.stopped = true
                reportChanges(stoppedAt: statement, reason: "stopped after this error")
            }
        }
    }

    /// Parses the whole file first, then runs it; its errors cite its own name and lines.
    func source(_ path: String, from statement: Statement, status: inout Status) async {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            status.failures += 1
            sink.writeError("\(statement.location): error: cannot read \(path): \(error.localizedDescription)\n")
            if session.settings.onError == .stop && !session.settings.interactive { status.stopped = true }
            return
        }
        let context = ParserContext(sourceName: path, variables: session.variables,
                                    environment: ProcessInfo.processInfo.environment)
        switch Parser.parse(text, context: context) {
        case .failure(let diagnostics):
            status.failures += 1
            sink.writeError(diagnostics.description + "\n")
            sink.writeError("\(statement.location): error: \(path) has errors; nothing in it ran\n")
            if session.settings.onError == .stop && !session.settings.interactive { status.stopped = true }
        case .success(let script):
            await run(script.statements, status: &status)
        }
    }

    func reportChanges(stoppedAt statement: Statement, reason: String) {
        let changes = interpreter.changes.all
        var text = "vus: \(statement.location) \(reason); "
        if changes.isEmpty {
            text += "no changes had been made.\n"
        } else {
            text += "changes already made (\(changes.count)):\n" + changes.map { "  \($0)\n" }.joined()
        }
        sink.writeError(text)
    }

    /// A command as echoed by `-x`, with any password value hidden.
    static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: #"password=("[^"]*"|'[^']*'|\S+)"#, with: "password=***", options: .regularExpression)
    }
}
