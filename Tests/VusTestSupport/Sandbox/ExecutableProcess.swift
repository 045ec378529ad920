import Foundation

/// Runs the built `vus-sandbox` executable, which sits beside the test bundle.
public struct SandboxProcess: Sendable {
    public static var executable: URL { BuiltExecutable.url(named: "vus-sandbox") }

    public let process = Process()
    public let output = Pipe()
    public let errors = Pipe()

    /// Starts `vus-sandbox` with `arguments`; `input` is its standard input (none by default).
    public init(_ arguments: [String], input: Pipe? = nil) throws {
        process.executableURL = Self.executable
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input ?? FileHandle.nullDevice
        try process.run()
    }

    /// Reads standard output until the banner names the URL; returns it.
    public func waitForURL() throws -> URL {
        var text = ""
        let handle = output.fileHandleForReading
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
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text.split(separator: "\n").prefix(count).map(String.init)
    }

    /// Reads standard output until it holds `marker`; returns all of it.
    public func readOutput(until marker: String) throws -> String {
        var text = ""
        let handle = output.fileHandleForReading
        while !text.contains(marker) {
            let chunk = handle.availableData
            if chunk.isEmpty { throw SandboxTestError("vus-sandbox exited before printing \(marker): \(text)") }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text
    }

    public func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let run = try ExecutableRun.run("vus-sandbox", arguments)
        return (run.status, run.stdout, run.stderr)
    }
}
