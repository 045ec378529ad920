/// The attributes a user filter (`key=value`) can test.
public enum FilterKey: String, Sendable, CaseIterable {
    /// `acl=<name or glob>`: the user has a matching ACL.
    case acl
    /// `api=on|off`: API access state.
    case api
    /// `email=<glob>`.
    case email
    /// `id=<glob>`.
    case id
    /// `name=<glob>`: first name, last name or full name.
    case name
    /// `service=yes|no`: whether the user is a service user.
    case service
    /// `status=pending|active|suspended|closed`.
    case status
}
