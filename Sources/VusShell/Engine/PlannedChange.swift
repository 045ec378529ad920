import VultrAPI

/// One change to one user, planned against a fresh read: either already true (nothing to send)
/// or a request to send.
struct PlannedChange: Sendable {
    var user: User
    /// What is asked, e.g. `api off`.
    var change: String
    /// What sends it; `nil` when the change is already true.
    var send: (@Sendable () async throws -> ChangeEffect)?
    /// Why nothing is needed, when `send` is `nil`.
    var reason: String

    /// A change that needs sending.
    static func needed(_ user: User, _ change: String,
                       _ send: @escaping @Sendable () async throws -> ChangeEffect) -> PlannedChange {
        PlannedChange(user: user, change: change, send: send, reason: "")
    }

    /// A change that is already true.
    static func alreadyTrue(_ user: User, _ change: String, reason: String = "already true") -> PlannedChange {
        PlannedChange(user: user, change: change, send: nil, reason: reason)
    }
}

/// What a sent change did, so the session's cache and the change record can follow.
struct ChangeEffect: Sendable {
    /// The user as it now is.
    var updated: User?
    /// A user that was created.
    var created: User?
    /// The user was deleted.
    var deleted = false
    /// A service user's key, shown once.
    var apiKey: String?
    /// A new API key with its secret, shown once.
    var key: APIKey?
}
