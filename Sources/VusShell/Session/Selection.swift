import VultrAPI

/// What commands act on when no user is named: one user, a set chosen by filters (possibly
/// empty), or nothing.
public enum Selection: Sendable, Equatable {
    case none
    case user(User)
    case users([User], filters: String)

    /// The selected users, in order; `nil` when nothing is selected.
    public var users: [User]? {
        switch self {
        case .none: nil
        case .user(let user): [user]
        case .users(let users, _): users
        }
    }

    /// For the prompt: `bob@example.com`, `7 users`, or nothing.
    public var label: String? {
        switch self {
        case .none: nil
        case .user(let user): user.label
        case .users(let users, _): Plural.count(users.count, "user")
        }
    }
}
