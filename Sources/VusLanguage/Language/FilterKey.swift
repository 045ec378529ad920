/// The attributes a user filter can test.
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
    /// `suspended=yes|no`: whether the member is suspended in the organization.
    case suspended
    /// `group=NAME`: a member of the group.
    case group
    /// `role=NAME`: holds the role, directly or through a group.
    case role
    /// `policy=NAME`: the policy applies to them, directly or through a group or role.
    case policy
    /// `last_activity<DATE|Nd`: compared with when the user was last active (never = oldest).
    case lastActivity = "last_activity"
    /// `invited_on>DATE|Nd`.
    case invitedOn = "invited_on"
    /// `keys=0`, `keys>0`: how many API keys the user has (a request per user).
    case keys
    /// `sort=field` or `sort=-field`: the order of the result, not a condition.
    case sort

    /// The organization object a filter names, for the keys that name one.
    public var organizationNoun: IAMNoun? {
        switch self {
        case .group: .group
        case .role: .role
        case .policy: .policy
        default: nil
        }
    }

    /// Whether the key compares with `<`, `>`, `<=` and `>=` as well as `=`.
    var isOrdered: Bool { self == .lastActivity || self == .invitedOn || self == .keys }

    /// The fields `sort=` orders by.
    static var sortFields: [String] { UserSortField.allCases.map(\.rawValue) }
}
