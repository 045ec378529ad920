import Foundation
import Synchronization
import VultrAPI
import VultrSandbox
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// Captures what the shell writes.
final class CapturedOutput: OutputSink {
    private let out = Mutex("")
    private let err = Mutex("")
    var stdout: String { out.withLock { $0 } }
    var stderr: String { err.withLock { $0 } }
    func write(_ text: String) { out.withLock { $0 += text } }
    func writeError(_ text: String) { err.withLock { $0 += text } }
}

/// The key of every test sandbox (one fact, kept in VusTestSupport).
let shellKey = testAPIKey

/// An in-process sandbox and a session on it.
struct ShellFixture {
    let sandbox: RunningSandbox
    let session: Session
    let output = CapturedOutput()

    var context: CommandContext { CommandContext(session: session, prompter: nil) }

    /// Parses and runs `source` as a script would be run.
    func run(_ source: String, settings: (inout Settings) -> Void = { _ in }) async -> (status: Int32, parsed: Bool) {
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

func withShell(users: Int = 25, sandbox configure: (inout SandboxConfiguration) -> Void = { _ in },
               _ body: (ShellFixture) async throws -> Void) async throws {
    try await withTestSandbox(users: users, configure) { sandbox in
        var clientConfiguration = VultrClient.Configuration(apiKey: testAPIKey, baseURL: sandbox.url)
        clientConfiguration.requestsPerSecond = 0
        let session = try Session(connection: clientConfiguration, settings: Settings())
        try await body(ShellFixture(sandbox: sandbox, session: session))
    }
}

/// The state of every user, read straight from the sandbox, for before/after comparisons.
func snapshot(_ sandbox: RunningSandbox) async throws -> [User] {
    try await VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url)).users().collect()
}
