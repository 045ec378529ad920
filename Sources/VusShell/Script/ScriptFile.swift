import Foundation

/// Reads a script file for running or `source`, with errors a person can act on: a directory,
/// a device or a file too large is refused by name, and invalid UTF-8 is reported at its line
/// and column like any other mistake in a script.
public enum ScriptFile {
    /// Scripts larger than this are refused rather than read into memory.
    static let maximumSize = 16 << 20

    /// The file's text, or a message (`offboard.vus: is a directory`, `x.vus:3:7: error: ...`).
    public static func read(_ path: String) -> Result<String, ShellError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(ShellError("cannot read \(path): no such file"))
        }
        if isDirectory.boolValue { return .failure(ShellError("cannot read \(path): it is a directory")) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular, type != .typeSymbolicLink {
            return .failure(ShellError("cannot read \(path): not a regular file"))
        }
        if let size = attributes?[.size] as? Int, size > maximumSize {
            return .failure(ShellError("cannot read \(path): larger than \(maximumSize >> 20) MB"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(ShellError("cannot read \(path): permission denied"))
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumSize + 1)) ?? Data()
        if let text = String(validating: data, as: UTF8.self) { return .success(text) }
        return .failure(ShellError(invalidUTF8(data, path: path)))
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
        return "\(path):\(line):\(column): error: invalid UTF-8 (byte \(byte)); save the script as UTF-8"
    }
}
