import Synchronization
import VultrAPI

/// The account's users as last read, for resolving names and for completion, and its access
/// graph once a command needed it. Changes keep it true; a change whose outcome is unknown
/// drops it, so the next use reads afresh.
public final class UserCache: Sendable {
    private struct Contents {
        var users: [User]?
        var access: OrganizationAccess?
    }
    private let contents = Mutex(Contents())
    private let fetch: @Sendable () async throws -> [User]

    /// A cache that reads every user with `fetch` when it has none.
    init(fetch: @escaping @Sendable () async throws -> [User]) {
        self.fetch = fetch
    }

    /// Every user, from the cache when it holds them, else read (and kept).
    public func all() async throws -> [User] {
        if let cached { return cached }
        let users = try await fetch()
        remember(users)
        return users
    }

    /// The cached users without reading; `nil` when nothing is cached (for completion).
    public var cached: [User]? { contents.withLock { $0.users } }

    /// Replaces the cache with a complete, fresh listing.
    public func remember(_ users: [User]) {
        contents.withLock { $0.users = users }
    }

    /// Records a new user, or one found to exist already (a re-run's `create user`), once.
    public func added(_ user: User) {
        contents.withLock {
            $0.users?.removeAll { $0.id == user.id }
            $0.users?.append(user)
        }
    }

    /// Records a change to one user.
    func updated(_ user: User) {
        contents.withLock {
            if let index = $0.users?.firstIndex(where: { $0.id == user.id }) { $0.users?[index] = user }
        }
    }

    /// Forgets a deleted user.
    func removed(id: String) {
        contents.withLock { $0.users?.removeAll { $0.id == id } }
    }

    /// Drops the users so the next use reads afresh (after a change whose result is unknown).
    public func invalidate() {
        contents.withLock { $0.users = nil }
    }

    /// The organization's access graph as last read; set to `nil` when a change may have made
    /// it stale.
    var access: OrganizationAccess? {
        get { contents.withLock { $0.access } }
        set { contents.withLock { $0.access = newValue } }
    }
}
