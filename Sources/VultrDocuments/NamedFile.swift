import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The bytes of a file a person named: a script, a `-v name=@path` value, a policy document, a
/// users document. A directory, a device (`/dev/zero`, a terminal), a pipe unless asked for, or
/// more than the caller's limit is refused by name rather than read.
public enum NamedFile {
    /// Why a file was not read, in words that follow "cannot read PATH: ".
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        /// `no such file`, `permission denied`, `it is a directory`, `not a regular file`,
        /// `larger than 1 MB`, …
        public let reason: String
        public var description: String { reason }
    }

    /// The file's bytes, or why not; a pipe or a socket is read when `pipes`, up to `maximumSize`.
    public static func bytes(at path: String, maximumSize: Int, pipes: Bool = false) -> Result<Data, Refusal> {
        // What it is comes first: opening a pipe with no writer, or a terminal, would wait.
        var status = stat()
        guard stat(path, &status) == 0 else { return .failure(refusal(errno)) }
        let limit = maximumSize >= 1 << 20 ? "\(maximumSize >> 20) MB" : "\(maximumSize >> 10) KB"
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            // A file's size is known: one too large is refused without reading it.
            guard status.st_size <= maximumSize else { return .failure(Refusal(reason: "larger than \(limit)")) }
        case S_IFIFO where pipes, S_IFSOCK where pipes: break
        case S_IFDIR: return .failure(Refusal(reason: "it is a directory"))
        default: return .failure(Refusal(reason: pipes ? "not a file or a pipe" : "not a regular file"))
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(refusal(errno)) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let data: Data
        do { data = try handle.read(upToCount: maximumSize + 1) ?? Data() } catch {
            return .failure(Refusal(reason: (error as NSError).localizedFailureReason ?? "\(error)"))
        }
        guard data.count <= maximumSize else { return .failure(Refusal(reason: "larger than \(limit)")) }
        return .success(data)
    }

    private static func refusal(_ code: Int32) -> Refusal {
        switch code {
        case ENOENT, ENOTDIR: Refusal(reason: "no such file")
        case EACCES, EPERM: Refusal(reason: "permission denied")
        default: Refusal(reason: String(cString: strerror(code)).lowercased())
        }
    }
}
