import Foundation

/// Runs commands as they arrive from a stream (piped standard input, or a person at a plain
/// prompt): each logical line (with `\` continuations joined) is parsed and run before the next
/// is read, so another program can drive vus line by line.
public struct InputRunner: Sendable {
    public let runner: ScriptRunner
    public let sourceName: String

    public init(runner: ScriptRunner, sourceName: String) {
        self.runner = runner
        self.sourceName = sourceName
    }

    /// `readLine` returns the next raw line, or `nil` at the end of input.
    public func run(prompt: @escaping @Sendable () -> String?, readLine: @Sendable (String?) -> String?) async -> ScriptRunner.Status {
        var status = ScriptRunner.Status()
        var lineNumber = 0
        let session = runner.session
        let interactive = session.state.settings.interactive
        while !status.finished && !Interrupts.terminating {
            guard var chunk = readLine(prompt()), !Interrupts.terminating else { break }
            lineNumber += 1
            let firstLine = lineNumber
            while Self.continues(chunk), let more = readLine(interactive ? "> " : nil) {
                lineNumber += 1
                chunk += "\n" + more
            }
            let context = ParserContext(sourceName: sourceName, variables: session.state.variables,
                                        environment: ProcessInfo.processInfo.environment,
                                        registry: runner.context.registry, isInteractive: interactive)
            switch Parser.parse(chunk, context: context) {
            case .failure(let list):
                status.failures += 1
                for diagnostic in list.diagnostics.prefix(DiagnosticList.printedLimit) {
                    var place = diagnostic.location
                    place.line += firstLine - 1
                    runner.reporter.error(diagnostic.message, at: place)
                }
                if !interactive && session.state.settings.onError == .stop {
                    status.stopped = true
                    runner.reporter.failure("stopped at \(sourceName):\(firstLine)")
                    runner.reportChanges(stoppedAt: sourceName + ":\(firstLine)", reason: "has errors")
                }
            case .success(let script):
                for (name, value) in script.variables { session.state.define(name, value) }
                let statements = script.statements.map { statement in
                    var statement = statement
                    statement.location.line += firstLine - 1
                    for index in statement.names.indices { statement.names[index].location.line += firstLine - 1 }
                    return statement
                }
                await runner.run(statements, status: &status)
            }
        }
        if (Interrupts.take() && !interactive) || Interrupts.terminating { status.interrupted = true }
        return status
    }

    /// A line ending in an unescaped `\` continues on the next.
    static func continues(_ line: String) -> Bool {
        let trailing = line.reversed().prefix { $0 == "\\" }.count
        return trailing % 2 == 1
    }
}
