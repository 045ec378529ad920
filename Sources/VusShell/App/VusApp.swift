import Foundation
import LineEditing
import VultrAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs vus in the mode the command line chose and returns its exit status (``ExitStatus``, or
/// 128 plus the signal that stopped it).
public enum VusApp {
    /// Starts the HTTP client and builds the language (the registry's syntaxes, the ACL names) on
    /// a thread of their own, so that both are ready when the first command runs: the work
    /// overlaps ArgumentParser reading the command line. One thread, not one each: on two cores
    /// a third busy thread slowed the main one more than it saved (about 0.6 ms of 13).
    public static func prepare() {
        Thread.detachNewThread {
            VultrClient.startHTTPClient()
            _ = ShellRegistry.standard
            _ = ACL.known
        }
    }

    /// How vus was asked to run.
    enum Mode: Equatable {
        case commands, script(String), standardInput, interactive
    }

    /// Runs vus as `options` ask and returns its exit status. `connect` opens the account's
    /// connection, given the environment vus read once at the start, and is called only when a
    /// command needs the account.
    public static func run(
        _ options: LaunchOptions, sink: any OutputSink = StandardStreams(),
        interactiveReader: (@Sendable (LineEditingHooks) -> any LineReader)? = nil,
        connect: @Sendable (_ environment: [String: String]) async throws -> Connection
    ) async -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let reporter = Reporter(sink: sink, interactive: false)
        let mode: Mode
        if !options.commands.isEmpty { mode = .commands }
        else if let path = options.scriptPath { mode = path == "-" ? .standardInput : .script(path) }
        else if Terminal.isTerminal(STDIN_FILENO) && Terminal.isTerminal(STDOUT_FILENO) { mode = .interactive }
        else { mode = .standardInput }

        var variables = options.variables
        for (index, argument) in options.scriptArguments.enumerated() { variables["arg\(index + 1)"] = argument }
        variables["argc"] = String(options.scriptArguments.count)

        // Scripts and -c text are parsed whole before anything runs (or any key is needed).
        var statements: [ShellStatement]?
        if mode != .standardInput && mode != .interactive {
            switch parse(mode, options: options, variables: variables, environment: environment) {
            case .success(let parsed): statements = parsed
            case .failure(let failure): reporter.text(failure.message); return ExitStatus.mistake.rawValue
            }
        }
        let settings = launchSettings(options, interactive: mode == .interactive, environment: environment)

        // Only what talks to the account needs a key: `vus -c 'help key'` works without one.
        var connection: Connection?
        let session: Session
        do {
            var configuration: VultrClient.Configuration?
            if statements?.contains(where: { type(of: $0.command).syntax.needsAccount }) ?? true {
                let opened = try await connect(environment)
                connection = opened
                for warning in opened.credentials.warnings { reporter.warning(warning) }
                configuration = VultrClient.Configuration(opened.credentials)
                if options.trace { configuration?.trace = { reporter.trace("\($0)") } }
            }
            session = try Session(connection: configuration, settings: settings, variables: variables,
                                  environmentName: connection?.environmentName)
        } catch {
            reporter.failure("\(error)")
            await connection?.close()
            return ExitStatus.mistake.rawValue
        }
        Interrupts.install()
        let changes = ChangeLog(journal: options.noJournal ? nil : Journal.standard(environment: environment))
        changes.place = connection?.journalPlace
        let context = CommandContext(session: session, prompter: nil, changes: changes, progress: ProgressLine.onTerminal(sink))
        let status: ScriptRunner.Status
        // A run that is not at a prompt prints one document, however many commands it has.
        let document = RunDocument()
        switch mode {
        case .commands, .script:
            var result = ScriptRunner.Status()
            await ScriptRunner(context: context, sink: sink, document: document).run(statements ?? [], status: &result)
            document.flush(sink: sink)
            status = result
        case .standardInput:
            let reader = PlainLineReader(showsPrompt: false)
            status = await InputRunner(runner: ScriptRunner(context: context, sink: sink, document: document), sourceName: "<stdin>")
                .run(prompt: { nil }) { _ in
                    if case .line(let line) = reader.readLine(prompt: "") { return line }
                    return nil
                }
            document.flush(sink: sink)
        case .interactive:
            let hooks = Completer(session: session).hooks
            let reader: any LineReader
            if let interactiveReader {
                reader = interactiveReader(hooks)
            } else if let editor = LibEditReader(hooks: hooks, historyPath: historyPath(environment, sink: sink),
                                                 color: settings.color) {
                reader = editor
            } else {
                reader = PlainLineReader(showsPrompt: true)
            }
            let endpoint = connection?.credentials.baseURL ?? URL(fileURLWithPath: "/")
            status = await REPL(session: session, sink: sink, reader: reader, endpoint: endpoint, changes: context.changes).run()
        }
        await connection?.close()
        if let failure = sink.outputFailure {
            reporter.failure("cannot write the output: \(failure)")
            let unreported: Set<Int32> = [ExitStatus.succeeded.rawValue, ExitStatus.differs.rawValue]
            return unreported.contains(status.exitCode) ? ExitStatus.failed.rawValue : status.exitCode
        }
        return status.exitCode
    }

    /// The script or `-c` text, parsed whole; the failure is the text to print.
    static func parse(_ mode: Mode, options: LaunchOptions, variables: [String: String],
                      environment: [String: String]) -> Result<[ShellStatement], ShellParseFailure> {
        let (source, name): (String, String)
        if case .script(let path) = mode {
            switch ScriptFile.read(path) {
            case .success(let text): source = text
            case .failure(let error):
                let message = error.description.hasPrefix(path + ":") ? error.description : "vus: \(error)"
                return .failure(ShellParseFailure(message + "\nvus: nothing was run\n"))
            }
            name = path
        } else {
            source = options.commands.joined(separator: "\n")
            name = "-c"
        }
        let context = ParserContext(sourceName: name, variables: variables, environment: environment)
        switch Parser.parse(source, context: context) {
        case .failure(let diagnostics):
            let count = diagnostics.diagnostics.count
            return .failure(ShellParseFailure(diagnostics.limitedDescription + "\n"
                + "vus: \(Plural.count(count, "error")) in \(name); nothing was run\n"))
        case .success(let script):
            return .success(script.statements)
        }
    }

    /// The history file, or `nil` (said once) when it cannot be kept safely.
    static func historyPath(_ environment: [String: String], sink: any OutputSink) -> String? {
        do { return try HistoryFile.prepared(environment: environment) } catch {
            Reporter(sink: sink, interactive: true).warning("\(error); history is not kept this session")
            return nil
        }
    }

    /// The settings vus's flags ask for.
    static func launchSettings(_ options: LaunchOptions, interactive: Bool, environment: [String: String]) -> Settings {
        var settings = Settings()
        settings.format = options.format ?? .table
        settings.onError = options.keepGoing ? .continue : .stop
        settings.dryRun = options.dryRun
        settings.assumeYes = options.assumeYes
        settings.quiet = options.quiet
        settings.echo = options.echo
        settings.interactive = interactive
        settings.color = switch options.color {
        case .always: true
        case .never: false
        case .auto: Terminal.colorAllowed(environment: environment)
        }
        return settings
    }
}

/// The text to print when a script could not be read or parsed.
struct ShellParseFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
