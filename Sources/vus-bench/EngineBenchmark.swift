import Foundation
import VultrAPI
import VultrSandbox
import VusShell

/// A bulk change as vus makes it: `api on` for 300 users through the change engine (a fresh read,
/// 300 PATCHes at Vultr's 30 requests/second, and the read-back listing), whose floor is 10 s.
enum EngineBenchmark {
    static func bulkChange(users count: Int = 300) async throws -> (duration: Duration, summary: String) {
        var configuration = SandboxConfiguration(apiKeys: ["bench-key-0000000000"])
        configuration.seedUsers = count
        configuration.rateLimit = 30
        let sandbox = try await Sandbox.start(configuration)
        defer { Task { await sandbox.stop() } }
        var settings = Settings()
        settings.assumeYes = true
        let session = try Session(connection: .init(apiKey: "bench-key-0000000000", baseURL: sandbox.url), settings: settings)
        let output = DiscardedOutput()
        let runner = ScriptRunner(context: CommandContext(session: session, prompter: nil), sink: output)
        func run(_ source: String) async throws -> ScriptRunner.Status {
            let script = try Parser.parse(source, context: ParserContext(sourceName: "bench")).get()
            var status = ScriptRunner.Status()
            await runner.run(script.statements, status: &status)
            return status
        }
        _ = try await run("use users id=*\napi off")  // every user off, so the measured change has 300 to do
        try await Task.sleep(for: .seconds(2))  // let the rate limiter's tokens refill
        var status = ScriptRunner.Status()
        let duration = try await ContinuousClock().measure { status = try await run("api on") }
        let on = try await session.client().users().collect().filter { $0.apiEnabled == true }.count
        return (duration, "\(on) of \(count) on afterwards, exit \(status.exitCode)")
    }
}

/// Output nobody reads, for timing commands without a terminal.
private struct DiscardedOutput: OutputSink {
    func write(_ text: String) {}
    func writeError(_ text: String) {}
}
