import Foundation

/// Where vus keeps what it remembers between runs (history, the journal): `$XDG_STATE_HOME/vus`,
/// else `~/.local/state/vus`; `nil` when neither variable says where home is.
public enum StateDirectory {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/vus" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/vus"
    }
}
