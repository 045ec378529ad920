import Foundation

/// Runs the built `vus-sandbox` executable, which sits beside the test bundle.
public struct SandboxProcess: Sendable {
    public static var executable: URL { BuiltExecutable.url(named: "vus-sandbox") }

    /// The running program, its standard streams on pipes.
    public let process: Spawned

    /// Starts `vus-sandbox` with `arguments`. Its standard input is closed at once (it reads an
    /// empty one) unless `keepingInput`: then it ends when the test closes `process.input`.
    public init(_ arguments: [String], keepingInput: Bool = false) throws {
        process = try Spawned.start(Self.executable.path, arguments)
        if !keepingInput { try process.input.close() }
    }

    /// Reads standard output until the banner names the URL; returns it.
    public func waitForURL() throws -> URL {
        var text = ""
        let handle = process.output
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { throw SandboxTestError("vus-sandbox exited before listening: \(text)") }
            text += String(decoding: chunk, as: UTF8.self)
            if let range = text.range(of: #"http://[0-9.]+:[0-9]+"#, options: .regularExpression) {
                return URL(string: String(text[range]))!
            }
        }
    }

    /// The first `count` lines of standard output, fewer if it ends first.
    public func readLines(_ count: Int) -> [String] {
        var text = ""
        while text.filter({ $0 == "\n" }).count < count {
            let chunk = process.output.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text.split(separator: "\n").prefix(count).map(String.init)
    }

    /// Reads standard output until it holds `marker`; returns all of it.
    public func readOutput(until marker: String) throws -> String {
        var text = ""
        let handle = process.output
        while !text.contains(marker) {
            let chunk = handle.availableData
            if chunk.isEmpty { throw SandboxTestError("vus-sandbox exited before printing \(marker): \(text)") }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text
    }

    /// Waits for it to end: its exit status, or 128 plus the signal that ended it.
    public func wait() -> Int32 { process.wait() }

    /// Waits for it to end, and says how it did.
    public func end() -> Spawned.Ending { process.end() }

    /// Runs `vus-sandbox` with `arguments` to its end, waiting off Swift's cooperative threads
    /// (the tests beside it need them for their in-process sandboxes).
    public static func run(_ arguments: [String]) async throws -> (status: Int32, output: String, errors: String) {
        let run = try await blocking { try ExecutableRun.run("vus-sandbox", arguments) }
        return (run.status, run.stdout, run.stderr)
    }
}
