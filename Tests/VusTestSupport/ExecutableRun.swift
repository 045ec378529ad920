import Foundation

/// Runs a built executable of the package to completion, as a user would: the one process
/// runner every test target shares.
public enum ExecutableRun {
    /// Runs `name` (see ``BuiltExecutable``) with `arguments`, `input` on standard input, in
    /// `environment` (the test's own when `nil`) and `directory`; returns its status and output.
    public static func run(_ name: String, _ arguments: [String], environment: [String: String]? = nil, input: String = "",
                           directory: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = try Spawned.start(BuiltExecutable.url(named: name).path, arguments, environment: environment, directory: directory)
        process.input.write(Data(input.utf8))
        try process.input.close()
        let (out, err, ending) = process.finish()
        return (ending.status, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
