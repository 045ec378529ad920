/// Which variable names hold secrets: their values are masked wherever a command is echoed or
/// listed, and lines defining them are kept out of history.
public enum SecretNames {
    static let markers = ["password", "passwd", "pass", "pw", "secret", "token", "key", "credential"]

    /// Whether `name` says it holds a secret (`PW`, `new_password`, `api_token`...).
    public static func isSecret(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return markers.contains { lowered.contains($0) }
    }
}
