import Foundation
import VultrSandbox

/// Runs the built `vus` executable against a sandbox, as a user would.
public struct VusProcess: Sendable {
    public static var executable: URL { BuiltExecutable.url(named: "vus") }

    public static var fixtures: URL { BuiltExecutable.packageRoot.appendingPathComponent("Tests/VusShellTests/Fixtures") }

    /// The environment for talking to `sandbox`: its URL and key, no colour, a clean HOME.
    public static func environment(for sandbox: RunningSandbox?, extra: [String: String] = [:]) -> [String: String] {
        var environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                           "HOME": TestScratch.root.path, "NO_COLOR": "1", "LANG": "C.UTF-8",
                           // Each run journals to a file of its own unless a test passes one to share.
                           "VUS_JOURNAL": TestScratch.root.appendingPathComponent("vus-journal-\(UUID().uuidString).jsonl").path]
        if let sandbox {
            environment["VULTR_API_URL"] = sandbox.url.absoluteString
            environment["VULTR_API_KEY"] = sandbox.apiKey
        }
        return environment.merging(extra) { $1 }
    }

    /// Runs vus to completion with `input` on standard input. The waiting happens off Swift's
    /// cooperative threads, which the in-process sandbox needs to answer.
    public static func run(_ arguments: [String], sandbox: RunningSandbox?, input: String = "", extra: [String: String] = [:],
                    directory: URL? = nil) async throws -> (status: Int32, stdout: String, stderr: String) {
        try await blocking { try runBlocking(arguments, sandbox: sandbox, input: input, extra: extra, directory: directory) }
    }

    public static func runBlocking(_ arguments: [String], sandbox: RunningSandbox?, input: String = "", extra: [String: String] = [:],
                    directory: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        try ExecutableRun.run("vus", arguments, environment: environment(for: sandbox, extra: extra), input: input, directory: directory)
    }
}
