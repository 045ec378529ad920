import Foundation

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
        var status = stat()
        guard stat(path, &status) == 0 else {
            return .failure(ShellError(errno == EACCES ? "permission denied" : "no such file"))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFIFO, S_IFSOCK: break
        case S_IFDIR: return .failure(ShellError("it is a directory"))
        default: return .failure(ShellError("not a file or a pipe"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(ShellError("permission denied")) }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            return .failure(ShellError("\(error.localizedDescription)"))
        }
        guard data.count <= maximumFileSize else { return .failure(ShellError("longer than \(maximumFileSize >> 10) KB")) }
        guard let text = String(validating: data, as: UTF8.self) else { return .failure(ShellError("not UTF-8 text")) }
        return .success(text)
    }
}
