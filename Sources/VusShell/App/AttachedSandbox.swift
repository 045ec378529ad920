import Foundation
import VultrAPI

/// `vus --sandbox`: a `vus-sandbox --attached` process of this vus's own, from the folder vus is
/// in. It runs beside vus, not inside it: the server linked into vus made every start of vus
/// slower, sandbox or not (the Swift runtime searches all of a binary's protocol conformances,
/// and the server brought a thousand of 12,500), about 0.5 ms of 13.
///
/// The sandbox reads its standard input from a pipe this process holds open: however vus ends,
/// the pipe closes and the sandbox stops, so none outlives its vus. Ctrl-C at the terminal is
/// vus's to handle: the sandbox is in a process group of its own (Foundation starts it so), which
/// the terminal does not signal, and ignores Ctrl-C besides.
public enum AttachedSandbox {
    /// Why `vus --sandbox` has no sandbox; nothing was run.
    public struct StartFailure: Error, CustomStringConvertible {
        public let description: String
    }

    /// How long a sandbox may take to start (seeding 10,000 users takes about a second).
    static let startLimit: Duration = .seconds(60)
    /// How long a stopping sandbox may take before it is killed (its state is saved at every change).
    static let stopLimit: Duration = .seconds(5)

    /// Starts the sandbox and returns once it listens, with its URL and key, and a `close` that
    /// stops it. `stateFile` and `seedFile` are its `--state` and `--from`.
    public static func start(stateFile: String?, seedFile: String?) async throws -> Connection {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = ["--attached", "--port", "0"]
            + (stateFile.map { ["--state", $0] } ?? []) + (seedFile.map { ["--from", $0] } ?? [])
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        // Its standard error is vus's: what it says when it cannot start is said to the user.
        do { try process.run() } catch {
            throw StartFailure(description: "cannot run \(process.executableURL?.path ?? "vus-sandbox"): \(error)")
        }
        let watchdog = Watchdog(process, after: startLimit)
        let lines = await onThread { readLines(2, from: output.fileHandleForReading) }
        watchdog.cancel()
        guard lines.count == 2, let url = URL(string: lines[0]), url.scheme == "http", !lines[1].isEmpty else {
            process.terminate()
            await onThread { process.waitUntilExit() }
            let ending = watchdog.fired ? "it did not listen within \(startLimit.components.seconds) s"
                : process.terminationReason == .exit ? "vus-sandbox exited with status \(process.terminationStatus)"
                : "vus-sandbox ended by signal \(process.terminationStatus)"
            throw StartFailure(description: "the sandbox did not start (\(ending)); nothing was run")
        }
        let credentials = Credentials(apiKey: lines[1], baseURL: url, keySource: "sandbox", warnings: [])
        // A sandbox kept in a file is the same account at every run, whatever its port: `undo` in a
        // later run finds its changes. One without a file is new at each run, as its port is.
        let place = stateFile.map { "the sandbox kept in \(URL(fileURLWithPath: $0).standardizedFileURL.path)" }
        return Connection(credentials: credentials, environmentName: "sandbox", journalPlace: place, close: {
            try? input.fileHandleForWriting.close()
            let watchdog = Watchdog(process, after: stopLimit)
            await onThread { process.waitUntilExit() }
            watchdog.cancel()
        })
    }

    /// `vus-sandbox` in the folder of the running vus (its real path, through any symbolic link),
    /// never one found elsewhere: a sandbox of another build might answer differently.
    static func executable() throws -> URL {
        guard let vus = Bundle.main.executableURL?.resolvingSymlinksInPath() else {
            throw StartFailure(description: "cannot find where vus is installed, so not its vus-sandbox either")
        }
        let sandbox = vus.deletingLastPathComponent().appendingPathComponent("vus-sandbox")
        guard FileManager.default.isExecutableFile(atPath: sandbox.path) else {
            throw StartFailure(description: "vus --sandbox runs vus-sandbox, installed beside vus, but \(sandbox.path) is not there")
        }
        return sandbox
    }

    /// Up to `count` lines, fewer if the output ends first.
    static func readLines(_ count: Int, from handle: FileHandle) -> [String] {
        var received = Data()
        while received.count(where: { $0 == UInt8(ascii: "\n") }) < count {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
        }
        return String(decoding: received, as: UTF8.self).split(separator: "\n").prefix(count).map(String.init)
    }

    /// Blocking work (a pipe's read, a process's exit) off Swift's cooperative threads.
    static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }

    /// Terminates a process that has not got on within a time limit.
    final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private var state: (cancelled: Bool, fired: Bool) = (false, false)

        init(_ process: Process, after limit: Duration) {
            let seconds = Double(limit.components.seconds)
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
                let fires = lock.withLock {
                    if !state.cancelled { state.fired = true }
                    return state.fired
                }
                if fires { process.terminate() }
            }
        }

        func cancel() { lock.withLock { state.cancelled = true } }
        var fired: Bool { lock.withLock { state.fired } }
    }
}
