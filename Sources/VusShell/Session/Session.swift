import Foundation
import Synchronization
import VultrAPI

/// Everything the shell knows between commands: the client, the selection, the last listing
/// (for `#N`), the settings, the variables, and a cache of users for resolving names and for
/// completion, which changes keep fresh.
///
/// Commands run one at a time, but completion reads the cache from the line editor, so state
/// lives behind a lock.
public final class Session: Sendable {
    private let connectedClient: VultrClient?
    /// Shown in the banner and prompt, e.g. "sandbox".
    public let environmentName: String?

    private struct State {
        var settings: Settings
        var selection: Selection = .none
        var lastListing: [String] = []
        var variables: [String: String]
        var passwordVariables: Set<String> = []
        var cache: [User]?
        var cacheTime: ContinuousClock.Instant?
        /// The organization's access graph, once a command needed it.
        var access: OrganizationAccess?
    }
    private let state: Mutex<State>

    /// `client` is `nil` when the commands to run need no account (`vus -c 'help'`).
    public init(client: VultrClient?, settings: Settings, variables: [String: String] = [:], environmentName: String? = nil) {
        self.connectedClient = client
        client?.dryRun = settings.dryRun
        self.environmentName = environmentName
        self.state = Mutex(State(settings: settings, variables: variables))
    }

    /// The client, or an error when vus was started without a connection.
    public func client() throws -> VultrClient {
        guard let connectedClient else { throw ShellError("this command needs the Vultr API, but vus was started without a connection") }
        return connectedClient
    }

    /// Changing `dryRun` here switches the client at once.
    public var settings: Settings {
        get { state.withLock { $0.settings } }
        set {
            state.withLock { $0.settings = newValue }
            connectedClient?.dryRun = newValue.dryRun
        }
    }

    public var selection: Selection {
        get { state.withLock { $0.selection } }
        set { state.withLock { $0.selection = newValue } }
    }

    /// Ids of the rows of the last listing, for `#N`.
    public var lastListing: [String] {
        get { state.withLock { $0.lastListing } }
        set { state.withLock { $0.lastListing = newValue } }
    }

    public var variables: [String: String] {
        get { state.withLock { $0.variables } }
        set { state.withLock { $0.variables = newValue } }
    }

    /// The variables used as a password (`password=$x`) in what was parsed so far: `-x` masks
    /// their `let`, and history keeps no line defining them, whatever their names.
    public var passwordVariables: Set<String> { state.withLock { $0.passwordVariables } }

    /// Notes variables used as a password.
    func notePasswordVariables(_ names: Set<String>) {
        guard !names.isEmpty else { return }
        state.withLock { $0.passwordVariables.formUnion(names) }
    }

    /// Sets one variable in place: `variables[name] = value` would copy every variable (the
    /// getter's copy shares the storage), which made a script of many `let`s quadratic.
    public func define(_ name: String, _ value: String) {
        state.withLock { $0.variables[name] = value }
    }

    // MARK: The user cache

    /// Every user, from the cache when it is fresh, else fetched (and cached).
    public func allUsers() async throws -> [User] {
        if let cached = state.withLock({ $0.cache }) { return cached }
        let users = try await client().users().collect()
        remember(users)
        return users
    }

    /// The organization's access graph as last read in this session; set to `nil` when a change
    /// may have made it stale.
    var access: OrganizationAccess? {
        get { state.withLock { $0.access } }
        set { state.withLock { $0.access = newValue } }
    }

    /// The cached users without fetching; `nil` when nothing is cached (for completion).
    public var cachedUsers: [User]? { state.withLock { $0.cache } }

    /// Replaces the cache with a complete, fresh listing.
    public func remember(_ users: [User]) {
        state.withLock {
            $0.cache = users
            $0.cacheTime = ContinuousClock().now
        }
    }

    /// Records a change to one user in the cache and the selection, so both stay true without
    /// fetching everything again.
    public func updated(_ user: User) {
        state.withLock { state in
            if let index = state.cache?.firstIndex(where: { $0.id == user.id }) { state.cache?[index] = user }
            switch state.selection {
            case .user(let selected) where selected.id == user.id:
                state.selection = .user(user)
            case .users(var users, let filters):
                if let index = users.firstIndex(where: { $0.id == user.id }) {
                    users[index] = user
                    state.selection = .users(users, filters: filters)
                }
            default: break
            }
        }
    }

    /// Records a new user, or one found to exist already (a re-run's `create user`), once.
    public func added(_ user: User) {
        state.withLock { state in
            state.cache?.removeAll { $0.id == user.id }
            state.cache?.append(user)
        }
    }

    /// Forgets a deleted user everywhere.
    public func removed(userID: String) {
        state.withLock { state in
            state.cache?.removeAll { $0.id == userID }
            switch state.selection {
            case .user(let selected) where selected.id == userID:
                state.selection = .none
            case .users(var users, let filters):
                users.removeAll { $0.id == userID }
                state.selection = .users(users, filters: filters)
            default: break
            }
        }
    }

    /// Drops the cache so the next use fetches afresh (after a change whose result is unknown).
    public func invalidateCache() {
        state.withLock { $0.cache = nil }
    }
}
