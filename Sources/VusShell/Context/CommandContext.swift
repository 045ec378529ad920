import VultrAPI

/// What a command runs with: the session (client, selection, settings, cache), someone to ask
/// at a prompt, and the record of what this run has changed.
public struct CommandContext: Sendable {
    public let session: Session
    public let prompter: (any Prompter)?
    public let changes: ChangeLog
    public let registry: ShellRegistry
    /// Where a long read shows how far it has come; `nil` off a terminal.
    public let progress: ProgressLine?

    /// Creates a context for the commands of `registry`.
    public init(session: Session, prompter: (any Prompter)?, changes: ChangeLog = ChangeLog(),
                registry: ShellRegistry, progress: ProgressLine? = nil) {
        self.session = session
        self.prompter = prompter
        self.changes = changes
        self.registry = registry
        self.progress = progress
    }

    var client: VultrClient { get throws { try session.client() } }
    var settings: Settings { session.state.settings }
    var resolver: UserResolver { UserResolver(session: session) }

    /// The users a command acts on: the one named, else the selection (which may be empty).
    func targets(_ reference: UserRef?, command: String) async throws -> [User] {
        if let reference { return [try await resolver.resolve(reference)] }
        guard let selected = session.state.selection.users else {
            throw ShellError("'\(command)' needs a user: name one, or select with 'use <user>' or 'use users <filters>'")
        }
        return selected
    }

    /// Exactly one user: the one named, else a selection of one.
    func target(_ reference: UserRef?, command: String) async throws -> User {
        let users = try await targets(reference, command: command)
        guard users.count == 1 else {
            throw ShellError("'\(command)' acts on one user, but \(users.count) are selected; name one (e.g. \(command) #1)")
        }
        return users[0]
    }

    /// `users` as numbered rows, which `#N` names from now on: every numbered listing of users
    /// goes through here, so that `#1` is always the first row the user last saw.
    func numberedRows(_ users: [User], empty: String, tableSummary: String? = nil) -> RecordList {
        session.state.lastListing = users.map(\.id)
        return RecordList(users, numbered: true, empty: empty, tableSummary: tableSummary)
    }

    /// The current state of `users`, read again, so changes are planned on what is true now.
    /// Users deleted meanwhile are left out.
    func refreshed(_ users: [User]) async throws -> [User] {
        guard !users.isEmpty else { return [] }
        if users.count == 1 {
            let fresh = try await client.user(id: users[0].id)
            session.updated(fresh)
            return [fresh]
        }
        let all = try await client.users().collect()
        session.users.remember(all)
        let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return users.compactMap { byID[$0.id] }
    }
}
