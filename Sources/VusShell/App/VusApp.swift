import Foundation
import LineEditing
import VultrAPI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where vus sends its requests, once the command line has been checked.
public struct Connection: Sendable {
    public var credentials: Credentials
    /// "sandbox" for the in-process sandbox; shown in the banner and prompt.
    public var environmentName: String?
    /// Stops whatever `connect` started.
    public var close: @Sendable () async -> Void

    public init(credentials: Credentials, environmentName: String? = nil, close: @escaping @Sendable () async -> Void = {}) {
        self.credentials = credentials
        self.environmentName = environmentName
        self.close = close
    }
}

/// Runs vus in the mode the command line chose and returns its exit status: 0 all succeeded,
/// 1 a command failed, 2 a usage or parse error (nothing ran), 130 interrupted.
public enum VusApp {
    /// How vus was asked to run.
    enum Mode: Equatable {
        case commands, script(String), standardInput, interactive
    }

    public static func run(
        _ options: LaunchOptions, sink: any OutputSink = StandardStreams(),
        interactiveReader: (@Sendable (LineEditingHooks) -> any LineReader)? = nil,
        connect: @Sendable () async throws -> Connection
    ) async -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let mode: Mode
        if !options.commands.isEmpty { mode = .commands }
        else if let path = options.scriptPath { mode = path == "-" ? .standardInput : .script(path) }
        else if Terminal.isTerminal(STDIN_FILENO) && Terminal.isTerminal(STDOUT_FILENO) { mode = .interactive }
        else { mode = .standardInput }

        var variables = options.variables
        for (index, argument) in options.scriptArguments.enumerated() { variables["arg\(index + 1)"] = argument }
        variables["argc"] = String(options.scriptArguments.count)

        // Scripts and -c text are parsed whole before anything runs (or any key is needed).
        var statements: [Statement] = []
        switch mode {
        case .commands, .script:
            let (source, name): (String, String)
            if case .script(let path) = mode {
                do { source = try String(contentsOfFile: path, encoding: .utf8) } catch {
                    sink.writeError("vus: cannot read \(path): \(error.localizedDescription)\n")
                    return 2
                }
                name = path
            } else {
                source = options.commands.joined(separator: "\n")
                name = "-c"
            }
            let context = ParserContext(sourceName: name, variables: variables, environment: environment)
            switch Parser.parse(source, context: context) {
            case .failure(let diagnostics):
                sink.writeError(diagnostics.description + "\n")
                sink.writeError("vus: \(diagnostics.diagnostics.count) error\(diagnostics.diagnostics.count == 1 ? "" : "s") in \(name); nothing was run\n")
                return 2
            case .success(let script):
                statements = script.statements
            }
        case .standardInput, .interactive:
            break
        }

        let connection: Connection
        do { connection = try await connect() } catch {
            sink.writeError("vus: \(error)\n")
            return 2
        }
        for warning in connection.credentials.warnings { sink.writeError("vus: warning: \(warning)\n") }

        var configuration = VultrClient.Configuration(connection.credentials)
        if options.trace { configuration.trace = { sink.writeError("trace: \($0)\n") } }
        let client: VultrClient
        do { client = try VultrClient(configuration) } catch {
            sink.writeError("vus: \(error)\n")
            await connection.close()
            return 2
        }

        var settings = Settings()
        settings.format = options.format ?? .table
        settings.onError = options.keepGoing ? .continue : .stop
        settings.dryRun = options.dryRun
        settings.assumeYes = options.assumeYes
        settings.quiet = options.quiet
        settings.echo = options.echo
        settings.interactive = mode == .interactive
        settings.color = switch options.color {
        case .always: true
        case .never: false
        case .auto: Terminal.colorAllowed(environment: environment)
        }

        let session = Session(client: client, settings: settings, variables: variables,
                              environmentName: connection.environmentName)
        Interrupts.install()
        let status: ScriptRunner.Status
        switch mode {
        case .commands, .script:
            let runner = ScriptRunner(interpreter: Interpreter(session: session, sink: sink, prompter: nil))
            var result = ScriptRunner.Status()
            await runner.run(statements, status: &result)
            status = result
        case .standardInput:
            let runner = ScriptRunner(interpreter: Interpreter(session: session, sink: sink, prompter: nil))
            let reader = PlainLineReader(showsPrompt: false)
            status = await InputRunner(runner: runner, sourceName: "<stdin>").run(prompt: { nil }) { _ in
                if case .line(let line) = reader.readLine(prompt: "") { return line }
                return nil
            }
        case .interactive:
            let hooks = Completer(session: session).hooks
            let reader: any LineReader
            if let interactiveReader {
                reader = interactiveReader(hooks)
            } else if let editor = LibEditReader(hooks: hooks, historyPath: HistoryFile.path(environment: environment),
                                                 color: settings.color) {
                reader = editor
            } else {
                reader = PlainLineReader(showsPrompt: true)
            }
            status = await REPL(session: session, sink: sink, reader: reader, endpoint: connection.credentials.baseURL).run()
        }
        await connection.close()
        return status.exitCode
    }
}
