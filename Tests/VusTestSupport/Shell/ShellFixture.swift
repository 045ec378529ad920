import Foundation
import Synchronization
import VultrAPI
import VultrSandbox

import VusShell

/// Captures what the shell writes.
public final class CapturedOutput: OutputSink {
    private let out = Mutex("")
    private let err = Mutex("")
    public var stdout: String { out.withLock { $0 } }
    public var stderr: String { err.withLock { $0 } }
    public func write(_ text: String) { out.withLock { $0 += text } }
    public func writeError(_ text: String) { err.withLock { $0 += text } }

    public init() {}
}

/// The key of every test sandbox (one fact, kept in VusTestSupport).
public let shellKey = testAPIKey

/// An in-process sandbox and a session on it.
public struct ShellFixture: Sendable {
    public let sandbox: RunningSandbox
    public let session: Session
    public let output = CapturedOutput()

    public init(sandbox: RunningSandbox, session: Session) {
        self.sandbox = sandbox
        self.session = session
    }

    public var context: CommandContext { CommandContext(session: session, prompter: nil) }

    /// Parses and runs `source` as a script would be run.
    public func run(_ source: String, settings: (inout Settings) -> Void = { _ in }) async -> (status: Int32, parsed: Bool) {
        var current = session.state.settings
        settings(&current)
        session.state.settings = current
        let parserContext = ParserContext(sourceName: "test.vus", variables: session.state.variables, environment: [:])
        switch Parser.parse(source, context: parserContext) {
        case .failure(let list):
            output.writeError(list.description + "\n")
            return (2, false)
        case .success(let script):
            var status = ScriptRunner.Status()
            await ScriptRunner(context: context, sink: output).run(script.statements, status: &status)
            return (status.exitCode, true)
        }
    }
}

public func withShell(users: Int = 25, sandbox configure: (inout SandboxConfiguration) -> Void = { _ in },
               _ body: (ShellFixture) async throws -> Void) async throws {
    try await withTestSandbox(users: users, configure) { sandbox in
        var clientConfiguration = VultrClient.Configuration(apiKey: testAPIKey, baseURL: sandbox.url)
        clientConfiguration.requestsPerSecond = 0
        let session = try Session(connection: clientConfiguration, settings: Settings())
        try await body(ShellFixture(sandbox: sandbox, session: session))
    }
}

/// The state of every user, read straight from the sandbox, for before/after comparisons.
public func snapshot(_ sandbox: RunningSandbox) async throws -> [User] {
    try await VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url)).users().collect()
}
