import Synchronization
import VultrAPI

/// What the shell remembers between commands: the settings, the selection, the last listing
/// (for `#N`), and the variables. Commands run one at a time, but completion reads it from the
/// line editor, and the client asks it whether to dry-run, so it lives behind a lock.
public final class ShellState: Sendable {
    private struct Values {
        var settings: Settings
        var selection: Selection = .none
        var lastListing: [String] = []
        var variables: [String: String]
        var passwordVariables: Set<String> = []
    }
    private let values: Mutex<Values>

    /// Creates the state a shell starts with.
    public init(settings: Settings, variables: [String: String] = [:]) {
        values = Mutex(Values(settings: settings, variables: variables))
    }

    /// How the shell behaves; `set` changes it, and the client reads `dryRun` before each change.
    public var settings: Settings {
        get { values.withLock { $0.settings } }
        set { values.withLock { $0.settings = newValue } }
    }

    /// The user or users commands act on.
    public var selection: Selection {
        get { values.withLock { $0.selection } }
        set { values.withLock { $0.selection = newValue } }
    }

    /// Ids of the rows of the last listing, for `#N`.
    public var lastListing: [String] {
        get { values.withLock { $0.lastListing } }
        set { values.withLock { $0.lastListing = newValue } }
    }

    /// Variables defined by `let`, `-v` and a script's arguments.
    public var variables: [String: String] {
        get { values.withLock { $0.variables } }
        set { values.withLock { $0.variables = newValue } }
    }

    /// Sets one variable in place: `variables[name] = value` would copy every variable (the
    /// getter's copy shares the storage), which made a script of many `let`s quadratic.
    public func define(_ name: String, _ value: String) {
        values.withLock { $0.variables[name] = value }
    }

    /// The variables used as a password (`password=$x`) in what was parsed so far: `-x` masks
    /// their `let`, and history keeps no line defining them, whatever their names.
    public var passwordVariables: Set<String> { values.withLock { $0.passwordVariables } }

    /// Notes variables used as a password.
    func notePasswordVariables(_ names: Set<String>) {
        guard !names.isEmpty else { return }
        values.withLock { $0.passwordVariables.formUnion(names) }
    }

    /// Keeps the selection true after a change to one of its users.
    func selectedUserChanged(_ user: User) {
        values.withLock { values in
            switch values.selection {
            case .user(let selected) where selected.id == user.id:
                values.selection = .user(user)
            case .users(var users, let filters):
                if let index = users.firstIndex(where: { $0.id == user.id }) {
                    users[index] = user
                    values.selection = .users(users, filters: filters)
                }
            default: break
            }
        }
    }

    /// Takes a deleted user out of the selection.
    func selectedUserRemoved(id: String) {
        values.withLock { values in
            switch values.selection {
            case .user(let selected) where selected.id == id:
                values.selection = .none
            case .users(var users, let filters):
                users.removeAll { $0.id == id }
                values.selection = .users(users, filters: filters)
            default: break
            }
        }
    }
}
