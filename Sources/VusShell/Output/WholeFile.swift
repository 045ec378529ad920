import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file whole, never half: into a new temporary file beside the target (created
/// exclusively, never through a link), `fsync`ed, then renamed over it. An existing file keeps its
/// mode (never widened) and, where the user may keep it, its owner; a new one gets 0644 less the
/// umask. A link to an existing file is followed to it; a dangling link is refused, not replaced.
enum WholeFile {
    static func write(_ text: String, to path: String) throws(ShellError) {
        let target = try resolve(path)
        let folder = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
        var existing = stat()
        let exists = stat(target, &existing) == 0
        if exists && existing.st_mode & S_IFMT == S_IFDIR { throw ShellError("cannot write \(path): it is a directory") }
        if exists && existing.st_mode & S_IFMT != S_IFREG { throw ShellError("cannot write \(path): it is not a regular file") }
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0 else { throw ShellError("cannot write \(path): there is no folder \(folder)") }
        guard folderStatus.st_mode & S_IFMT == S_IFDIR else { throw ShellError("cannot write \(path): \(folder) is not a folder") }

        let temporary = folder + "/." + (target as NSString).lastPathComponent + ".vus-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // Created 0644 less the umask (the kernel applies it); an existing file's mode replaces that.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var done = false
        defer { if !done { unlink(temporary) } }
        do {
            defer { close(descriptor) }
            if exists {
                if existing.st_uid != geteuid() || existing.st_gid != getegid() {
                    guard fchown(descriptor, existing.st_uid, existing.st_gid) == 0 || existing.st_uid == geteuid() else {
                        throw ShellError("cannot write \(path): it belongs to another user, and replacing it would make it yours")
                    }
                }
                guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else { throw failure(path, errno) }
            }
            let bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw failure(path, errno) }
                offset += written
            }
            guard fsync(descriptor) == 0 else { throw failure(path, errno) }
        }
        guard rename(temporary, target) == 0 else { throw failure(path, errno) }
        done = true
    }

    /// `path`, or the file its link names; a dangling link is refused.
    private static func resolve(_ path: String) throws(ShellError) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return path }
        guard stat(path, &status) == 0 else {
            throw ShellError("cannot write \(path): it is a symbolic link to nothing; vus does not create a file through a link")
        }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    private static func failure(_ path: String, _ code: Int32) -> ShellError {
        ShellError("cannot write \(path): \(String(cString: strerror(code)).lowercased())")
    }
}
