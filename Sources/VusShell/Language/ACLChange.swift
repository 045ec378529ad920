/// How `acl` changes the ACLs of the selected users.
public enum ACLChange: String, Sendable {
    /// Grant the named ACLs in addition to the current ones.
    case add
    /// Revoke the named ACLs.
    case rm
    /// Replace all ACLs with exactly the named ones (none = remove all).
    case set
}
