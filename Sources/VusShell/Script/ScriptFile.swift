import Foundation
import VultrDocuments

/// Reads a script file for running or `source`, with errors a person can act on: a directory,
/// a device or a file too large is refused by name, and invalid UTF-8 is reported at its line
/// and column like any other mistake in a script.
public enum ScriptFile {
    /// Scripts larger than this are refused rather than read into memory.
    static let maximumSize = 16 << 20

    /// The file's text, or a message (`offboard.vus: is a directory`, `x.vus:3:7: error: ...`).
    public static func read(_ path: String) -> Result<String, ShellError> {
        switch NamedFile.bytes(at: path, maximumSize: maximumSize) {
        case .failure(let refusal): return .failure(ShellError("cannot read \(path): \(refusal)"))
        case .success(let data):
            if let text = String(validating: data, as: UTF8.self) { return .success(text) }
            return .failure(ShellError(invalidUTF8(data, path: path)))
        }
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
