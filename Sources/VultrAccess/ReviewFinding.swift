/// One thing an access review flags.
public struct ReviewFinding: Sendable, Hashable, CustomStringConvertible {
    /// What kind of finding; raw values are stable ids for scripts and reports.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// API access on, but no activity for the inactivity threshold (or ever).
        case inactiveAPIUser = "inactive-api-user"
        /// An API key without an expiry date.
        case keyNeverExpires = "key-never-expires"
        /// An Allow covering `*`, `iam.*`, `account.user.*` or `user.acl.ManageUsers`.
        case adminGrade = "admin-grade"
        /// A suspended member who still holds API keys.
        case suspendedWithKeys = "suspended-with-keys"
        /// A custom policy attached to no user, group or role.
        case unattachedPolicy = "unattached-policy"
        /// A group without members.
        case emptyGroup = "empty-group"
    }

    /// The kind.
    public var kind: Kind
    /// Who or what it is about: a user's email, or a policy or group name.
    public var subject: String
    /// The particulars, in words.
    public var detail: String
    /// For admin-grade findings, the path granting it.
    public var path: AccessPath?

    /// Creates a finding.
    public init(kind: Kind, subject: String, detail: String, path: AccessPath? = nil) {
        self.kind = kind
        self.subject = subject
        self.detail = detail
        self.path = path
    }

    /// `[kind] subject: detail (via path)`.
    public var description: String {
        let head = "[\(kind.rawValue)] \(subject): \(detail)"
        return path.map { "\(head) (via \($0))" } ?? head
    }
}
