import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How vus opens the files it keeps for the user (journal, history, completion cache): never
/// through a symbolic link someone planted, and only in a folder nobody else can write to.
public enum PrivateFiles {
    /// Creates `directory` and any missing parents with mode 0700, then checks it: a folder that
    /// another user owns, or that others can write to, is refused with the reason (someone else
    /// could replace the files in it).
    public static func prepareDirectory(_ directory: String) throws(FileRefusal) {
        var path = ""
        for component in directory.split(separator: "/", omittingEmptySubsequences: true) {
            path += "/" + component
            if mkdir(path, 0o700) != 0 && errno != EEXIST {
                throw FileRefusal("cannot create the folder \(path): \(String(cString: strerror(errno)))")
            }
        }
        try checkDirectory(directory)
    }

    /// Refuses a folder another user owns or others can write to (unless it is sticky, as /tmp is,
    /// where others cannot replace what vus owns).
    public static func checkDirectory(_ directory: String) throws(FileRefusal) {
        var status = stat()
        guard stat(directory, &status) == 0 else {
            throw FileRefusal("cannot use the folder \(directory): \(String(cString: strerror(errno)))")
        }
        if status.st_uid != geteuid() {
            throw FileRefusal("the folder \(directory) belongs to another user (uid \(status.st_uid)); vus keeps its files only in a folder of yours")
        }
        if status.st_mode & 0o022 != 0 && status.st_mode & mode_t(S_ISVTX) == 0 {
            throw FileRefusal("the folder \(directory) can be written by others (mode \(String(status.st_mode & 0o7777, radix: 8))); "
                + "vus keeps its files only in a folder nobody else can change (chmod go-w)")
        }
    }

    /// Opens `path` with `flags` (plus O_NOFOLLOW and O_CLOEXEC), creating it with `mode`: a
    /// symbolic link in its place is refused by name.
    public static func openFile(_ path: String, _ flags: Int32, mode: mode_t = 0o600) throws(FileRefusal) -> Int32 {
        let descriptor = open(path, flags | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor < 0 else { return descriptor }
        throw refusal(path, errno: errno)
    }

    /// The sentence for a failure to open `path`.
    public static func refusal(_ path: String, errno code: Int32) -> FileRefusal {
        if code == ELOOP || code == EMLINK {
            return FileRefusal("\(path) is a symbolic link; vus does not write through one (remove it)")
        }
        return FileRefusal("cannot open \(path): \(String(cString: strerror(code)))")
    }
}

/// A file or folder vus will not write, and why, as one sentence.
public struct FileRefusal: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
