import Foundation

/// Runs a built executable of the package to completion, as a user would: the one process
/// runner every test target shares.
public enum ExecutableRun {
    /// Runs `name` (see ``BuiltExecutable``) with `arguments`, `input` on standard input, in
    /// `environment` (the test's own when `nil`) and `directory`; returns its status and output.
    public static func run(_ name: String, _ arguments: [String], environment: [String: String]? = nil, input: String = "",
                           directory: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = BuiltExecutable.url(named: name)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
