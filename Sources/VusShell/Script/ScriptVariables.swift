import Foundation
import VultrDocuments

/// `vus -v name=value`: variables for a script. `name=@path` reads the value from a file or a
/// pipe, so a password need not be on the command line nor on disk: `-v PW=@<(pass show vultr)`.
public enum ScriptVariables {
    /// A value read from a file is a secret or a name, not a document: longer is refused.
    static let maximumFileSize = 64 << 10

    /// The values of `assignments` (`name=value` or `name=@path`). Each file is read once, so a
    /// pipe gives its value; one trailing newline is dropped, as `$(cat path)` would.
    public static func values(_ assignments: [String]) -> Result<[String: String], ShellError> {
        var values: [String: String] = [:]
        for assignment in assignments {
            let parts = assignment.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            var value = parts.count > 1 ? String(parts[1]) : ""
            if value.hasPrefix("@") {
                let path = String(value.dropFirst())
                switch readValue(at: path) {
                case .success(let text): value = text.hasSuffix("\n") ? String(text.dropLast()) : text
                case .failure(let reason): return .failure(ShellError("-v \(name)=@\(path): cannot read \(path): \(reason)"))
                }
            }
            values[name] = value
        }
        return .success(values)
    }

    /// The text of a regular file or a pipe; a directory or a device (`/dev/zero`, a terminal)
    /// is refused by name rather than read, and so is anything over ``maximumFileSize``.
    static func readValue(at path: String) -> Result<String, ShellError> {
        NamedFile.bytes(at: path, maximumSize: maximumFileSize, pipes: true).mapError { ShellError($0.reason) }.flatMap { data in
            String(validating: data, as: UTF8.self).map { .success($0) } ?? .failure(ShellError("not UTF-8 text"))
        }
    }
}
