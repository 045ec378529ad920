/// What `sort=` can order users by (the shell's `UserSortField+Users` says how).
public enum UserSortField: String, CaseIterable, Sendable {
    case email, name, status, api
    case lastActivity = "last_activity"
    case invitedOn = "invited_on"

    /// `sort=last_activity` or `sort=-last_activity` (descending).
    public static func parse(_ pattern: String) -> (field: UserSortField, descending: Bool)? {
        let descending = pattern.hasPrefix("-")
        return UserSortField(rawValue: descending ? String(pattern.dropFirst()) : pattern).map { ($0, descending) }
    }
}
