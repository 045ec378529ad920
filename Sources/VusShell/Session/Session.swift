import VultrAPI

/// A shell's connection and memory: the client, the shell's state (settings, selection,
/// variables) and the cache of the account's users.
public final class Session: Sendable {
    /// Settings, selection, last listing and variables.
    public let state: ShellState
    /// The account's users as last read.
    public let users: UserCache
    private let connectedClient: VultrClient?
    /// Shown in the banner and prompt, e.g. "sandbox".
    public let environmentName: String?

    /// `connection` is `nil` when the commands to run need no account (`vus -c 'help'`). The
    /// client it makes asks the settings before each change whether to dry-run, so `set dry-run`
    /// needs no one to pass it on. Throws a ``VultrError`` for a configuration the client refuses.
    public init(connection: VultrClient.Configuration?, settings: Settings, variables: [String: String] = [:],
                environmentName: String? = nil) throws {
        let state = ShellState(settings: settings, variables: variables)
        var client: VultrClient?
        if var configuration = connection {
            configuration.dryRun = { state.settings.dryRun }
            client = try VultrClient(configuration)
        }
        self.state = state
        self.connectedClient = client
        self.environmentName = environmentName
        self.users = UserCache { [client] in
            guard let client else { throw Self.noConnection }
            return try await client.users().collect()
        }
    }

    /// The client, or an error when vus was started without a connection.
    public func client() throws -> VultrClient {
        guard let connectedClient else { throw Self.noConnection }
        return connectedClient
    }

    static var noConnection: ShellError { ShellError("this command needs the Vultr API, but vus was started without a connection") }

    /// Records a change to one user in the cache and the selection, so both stay true without
    /// reading everything again.
    public func updated(_ user: User) {
        users.updated(user)
        state.selectedUserChanged(user)
    }

    /// Forgets a deleted user in the cache and the selection.
    public func removed(userID: String) {
        users.removed(id: userID)
        state.selectedUserRemoved(id: userID)
    }
}
