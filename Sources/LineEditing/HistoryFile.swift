import Foundation

/// Where the shell's history lives: `VUS_HISTFILE`, else `$XDG_STATE_HOME/vus/history`, else
/// `~/.local/state/vus/history`. The folder is created (private to the user) when missing.
public enum HistoryFile {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["VUS_HISTFILE"], !explicit.isEmpty { return explicit }
        let base: String
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { base = state } else {
            guard let home = environment["HOME"], !home.isEmpty else { return nil }
            base = home + "/.local/state"
        }
        let directory = base + "/vus"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        return directory + "/history"
    }
}
