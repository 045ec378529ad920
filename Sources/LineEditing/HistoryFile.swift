import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shell's history lives: `VUS_HISTFILE`, else `$XDG_STATE_HOME/vus/history`, else
/// `~/.local/state/vus/history`.
public enum HistoryFile {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["VUS_HISTFILE"], !explicit.isEmpty { return explicit }
        guard let directory = StateDirectory.path(environment: environment) else { return nil }
        return directory + "/history"
    }

    /// The history file, ready for libedit to read and rewrite: its folder created (0700) and
    /// checked to be the user's alone, and the file created 0600 if missing. A symbolic link in
    /// its place, or a folder others can write to, is refused with the reason (libedit would
    /// write through the link). `nil` when there is nowhere to keep it.
    public static func prepared(environment: [String: String] = ProcessInfo.processInfo.environment) throws(FileRefusal) -> String? {
        guard let path = path(environment: environment) else { return nil }
        let directory = (path as NSString).deletingLastPathComponent
        try PrivateFiles.prepareDirectory(directory.isEmpty ? "." : directory)
        let descriptor = try PrivateFiles.openFile(path, O_RDONLY | O_CREAT)
        fchmod(descriptor, 0o600)
        close(descriptor)
        return path
    }
}
