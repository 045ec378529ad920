import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sandbox's state on disk. Every save writes a temporary file beside the target, syncs it
/// and renames it over the old one, so a kill at any moment leaves either the old state or the
/// new one, never a half-written file.
struct StateFile: Sendable {
    let url: URL

    /// The saved state, or `nil` when there is no file yet.
    func load() throws -> SandboxState? {
        removeStaleTemporaryFiles()
        var status = stat()
        if lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK {
            throw StateFileError("\(url.path) is a symbolic link; the sandbox keeps its state only in a file of its own (remove the link)")
        }
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw StateFileError("cannot read \(url.path): \(error.localizedDescription)")
        }
        let state: SandboxState
        do { state = try JSONDecoder().decode(SandboxState.self, from: data) } catch {
            throw StateFileError("\(url.path) is not a vus sandbox state file (\(error))")
        }
        guard state.formatVersion == SandboxState.formatVersion else {
            throw StateFileError("\(url.path) has format version \(state.formatVersion); this sandbox reads version \(SandboxState.formatVersion)")
        }
        return state
    }

    /// Temporary files left by a sandbox that was killed mid-save.
    private func removeStaleTemporaryFiles() {
        let directory = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    func save(_ state: SandboxState) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(state)
        let directory = url.deletingLastPathComponent().path
        let temporary = "\(directory)/.\(url.lastPathComponent).\(getpid()).tmp"
        unlink(temporary)  // never written through a link planted in its place
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StateFileError("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        var written = 0
        let ok = data.withUnsafeBytes { raw -> Bool in
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 { if errno == EINTR { continue }; return false }
                written += n
            }
            return fsync(fd) == 0
        }
        let saved = errno
        close(fd)
        guard ok else {
            unlink(temporary)
            throw StateFileError("cannot write \(temporary): \(String(cString: strerror(saved)))")
        }
        guard rename(temporary, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StateFileError("cannot replace \(url.path): \(reason)")
        }
        // Make the rename itself durable.
        let dirFD = open(directory.isEmpty ? "." : directory, O_RDONLY)
        if dirFD >= 0 { fsync(dirFD); close(dirFD) }
    }
}

/// A state file that cannot be read or written; the message names the file and the reason.
public struct StateFileError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
