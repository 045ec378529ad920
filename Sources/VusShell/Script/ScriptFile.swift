import Foundation

/// Reads a script file for running or `source`, with errors a person can act on: a directory,
/// a device or a file too large is refused by name, and invalid UTF-8 is reported at its line
/// and column like any other mistake in a script.
public enum ScriptFile {
    /// Scripts larger than this are refused rather than read into memory.
    static let maximumSize = 16 << 20

    /// The file's text, or a message (`offboard.vus: is a directory`, `x.vus:3:7: error: ...`).
    public static func read(_ path: String) -> Result<String, ShellError> {
        switch bytes(at: path, maximumSize: maximumSize) {
        case .failure(let reason): return .failure(ShellError("cannot read \(path): \(reason)"))
        case .success(let data):
            if let text = String(validating: data, as: UTF8.self) { return .success(text) }
            return .failure(ShellError(invalidUTF8(data, path: path)))
        }
    }

    /// The bytes of a file a person named (a script, a `-v name=@path` value), or why not
    /// (`it is a directory`): a directory, a device, a pipe unless `pipes`, or more than
    /// `maximumSize` bytes is refused by name rather than read.
    static func bytes(at path: String, maximumSize: Int, pipes: Bool = false) -> Result<Data, ShellError> {
        var status = stat()
        guard stat(path, &status) == 0 else {
            return .failure(ShellError(errno == EACCES ? "permission denied" : "no such file"))
        }
        let limit = maximumSize >= 1 << 20 ? "\(maximumSize >> 20) MB" : "\(maximumSize >> 10) KB"
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            // A file's size is known: one too large is refused without reading it.
            guard status.st_size <= maximumSize else { return .failure(ShellError("larger than \(limit)")) }
        case S_IFIFO where pipes, S_IFSOCK where pipes: break
        case S_IFDIR: return .failure(ShellError("it is a directory"))
        default: return .failure(ShellError(pipes ? "not a file or a pipe" : "not a regular file"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(ShellError("permission denied")) }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            return .failure(ShellError(error.localizedDescription))
        }
        guard data.count <= maximumSize else { return .failure(ShellError("larger than \(limit)")) }
        return .success(data)
    }

    /// `path:line:col: error: invalid UTF-8 ...` at the first bad byte.
    static func invalidUTF8(_ data: Data, path: String) -> String {
        let bytes = [UInt8](data)
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { break }
            line += 1
            lineStart = index + 1
        }
        // Within the bad line, count the characters before the first byte that does not decode.
        var column = 1
        var iterator = bytes[lineStart...].makeIterator()
        var decoder = UTF8()
        var offset = lineStart
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): column += 1; offset += UTF8.width(scalar)
            case .emptyInput, .error: break loop
            }
        }
        let byte = offset < bytes.count ? String(format: "0x%02X", bytes[offset]) : "?"
        return Diagnostic(location: SourceLocation(source: path, line: line, column: column),
                          message: "invalid UTF-8 (byte \(byte)); save the script as UTF-8").description
    }
}
