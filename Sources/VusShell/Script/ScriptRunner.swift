import Foundation

/// Runs parsed statements with script-grade behaviour: each command is echoed with `-x` (secret
/// variables masked), errors cite `file:line:col`, the run stops at the first failure unless
/// `set on-error continue` (or `--keep-going`), and on stopping it says what had already been
/// changed. Every result goes through the one renderer.
public struct ScriptRunner: Sendable {
    public let context: CommandContext
    public let sink: any OutputSink
    /// The run's one document under json, yaml and csv, written by its owner when the run ends;
    /// `nil` at a prompt, where each command is its own document.
    let document: RunDocument?
    /// How deeply `source` is nested here; deeper than ``maximumSourceDepth`` is an error.
    let sourceDepth: Int
    static let maximumSourceDepth = 16

    /// How a run ended.
    public struct Status: Sendable, Equatable {
        public var failures = 0
        public var stopped = false
        public var interrupted = false
        public var exited = false
        /// A `plan` found the account differing from its file.
        public var differs = false
        /// A document (`plan`, `apply`) was refused as a whole: nothing was sent for it.
        public var refused = false

        public init() {}

        /// The run's ``ExitStatus`` (a refused document is a mistake), or 128 plus the signal that stopped it.
        public var exitCode: Int32 {
            if interrupted { return Interrupts.interruptedExitCode }
            let status: ExitStatus = refused ? .mistake : failures > 0 ? .failed : differs ? .differs : .succeeded
            return status.rawValue
        }
        /// Nothing more should run.
        public var finished: Bool { stopped || interrupted || exited }
    }

    public init(context: CommandContext, sink: any OutputSink, document: RunDocument? = nil) {
        self.init(context: context, sink: sink, document: document, sourceDepth: 0)
    }

    init(context: CommandContext, sink: any OutputSink, document: RunDocument?, sourceDepth: Int) {
        self.context = context
        self.sink = sink
        self.document = document
        self.sourceDepth = sourceDepth
    }

    var session: Session { context.session }

    /// Runs statements in order, continuing `status`.
    public func run(_ statements: [ShellStatement], status: inout Status) async {
        // Known before the first echo, so `let x = …` is masked when a later line uses `password=$x`.
        session.state.notePasswordVariables(statements.reduce(into: Set<String>()) { $0.formUnion(EchoText.passwordVariables(in: $1.text)) })
        guard await namesAreThere(statements, status: &status) else { return }
        for statement in statements {
            await run(statement, status: &status)
            if status.finished { return }
        }
    }

    public func run(_ statement: ShellStatement, status: inout Status) async {
        if session.state.settings.echo { reporter.echo(EchoText.masked(statement.text, passwordVariables: session.state.passwordVariables)) }
        let (context, command) = (self.context, statement.command)
        context.changes.position = statement.location.description
        do {
            if command.changesAccount { context.forgetOrganization() }
            let result = try await Interrupts.cancellable { try await command.run(in: context) }
            Renderer(sink: sink, settings: session.state.settings)
                .render(result, document: document, command: statement.text, source: statement.location.description)
            switch result.ending {
            case .completed: break
            case .exit: status.exited = true
            case .source(let path): await source(path, from: statement, status: &status)
            case .failed(let message): fail(message, at: statement, status: &status)
            case .interrupted: interrupted(at: statement, status: &status)
            case .differs: status.differs = true
            }
        } catch is CancellationError {
            interrupted(at: statement, status: &status)
        } catch let refusal as DocumentRefusal {
            reporter.text(refusal.description)
            status.refused = true
            fail("\(statement.text): the document was refused", at: statement, status: &status)
        } catch {
            fail("\(error)", at: statement, status: &status)
        }
    }

    /// Checks the names that lines after the first change use (``NamePreflight``) before any line
    /// runs. When one is not there, it says which, and nothing runs.
    private func namesAreThere(_ statements: [ShellStatement], status: inout Status) async -> Bool {
        let uses = NamePreflight.namesToCheck(in: statements)
        guard !uses.isEmpty, let first = statements.first else { return true }
        let findings: NamePreflight.Findings
        do {
            findings = try await Interrupts.cancellable { [context] in try await NamePreflight(context: context).check(uses) }
        } catch {
            interrupted(at: first, status: &status)
            return false
        }
        guard !findings.problems.isEmpty else { return true }
        reporter.errors(DiagnosticList(diagnostics: findings.problems))
        status.failures += 1
        if !session.state.settings.interactive {
            // A name not there is a mistake in the script; a list that could not be read is not.
            status.stopped = true
            status.refused = findings.unchecked == 0
        }
        let notThere = findings.summary
        if session.state.settings.interactive || context.changes.all.isEmpty {
            reporter.failure("\(notThere); nothing was run")
        } else {
            // Standard input runs as it is read: earlier lines may have changed the account.
            reportChanges(stoppedAt: first, reason: "was not run (\(notThere))")
        }
        return false
    }

    private func fail(_ message: String, at statement: ShellStatement, status: inout Status) {
        let interactive = session.state.settings.interactive
        status.failures += 1
        reporter.error(message, at: statement.location)
        if !interactive && session.state.settings.onError == .stop {
            status.stopped = true
            reportChanges(stoppedAt: statement, reason: "stopped after this error")
        }
    }

    private func interrupted(at statement: ShellStatement, status: inout Status) {
        let interactive = session.state.settings.interactive
        reporter.interrupted(at: statement.location)
        if !interactive { reportChanges(stoppedAt: statement, reason: "was interrupted") }
        status.interrupted = !interactive || Interrupts.terminating
    }

    /// Reads and checks the whole file first, then runs it; its errors cite its own name and lines.
    func source(_ path: String, from statement: ShellStatement, status: inout Status) async {
        guard sourceDepth < Self.maximumSourceDepth else {
            fail("'source \(path)' is nested more than \(Self.maximumSourceDepth) deep (does a file source itself?)",
                 at: statement, status: &status)
            return
        }
        let text: String
        switch ScriptFile.read(path) {
        case .success(let read): text = read
        case .failure(let error): fail(error.description, at: statement, status: &status); return
        }
        let context = ParserContext(sourceName: path, variables: session.state.variables,
                                    environment: ProcessInfo.processInfo.environment,
                                    registry: self.context.registry, isInteractive: session.state.settings.interactive)
        switch Parser.parse(text, context: context) {
        case .failure(let diagnostics):
            reporter.errors(diagnostics)
            fail("\(path) has errors; nothing in it ran", at: statement, status: &status)
        case .success(let script):
            await ScriptRunner(context: self.context, sink: sink, document: document, sourceDepth: sourceDepth + 1)
                .run(script.statements, status: &status)
        }
    }

    func reportChanges(stoppedAt statement: ShellStatement, reason: String) {
        reportChanges(stoppedAt: statement.location.description, reason: reason)
    }

    /// Says where a run stopped and lists what it had changed by then.
    func reportChanges(stoppedAt place: String, reason: String) {
        reporter.stopped(at: place, reason: reason, changes: context.changes.all)
    }

    /// Tells people what goes on besides the results.
    var reporter: Reporter { Reporter(sink: sink, interactive: session.state.settings.interactive) }
}
