/// How `allow` changes the API IP allowlist of the selected users.
public enum AllowChange: String, Sendable {
    /// Add a subnet to the allowlist.
    case add
    /// Remove a subnet from the allowlist.
    case rm
}
