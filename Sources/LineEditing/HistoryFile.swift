import Foundation

/// Where the shell's history lives: `VUS_HISTFILE`, else `$XDG_STATE_HOME/vus/history`, else
/// `~/.local/state/vus/history`. The folder is created (private to the user) when missing.
public enum HistoryFile {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["VUS_HISTFILE"], !explicit.isEmpty { return explicit }
        guard let directory = StateDirectory.path(environment: environment) else { return nil }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        return directory + "/history"
    }
}
