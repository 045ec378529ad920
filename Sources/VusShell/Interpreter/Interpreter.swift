import Foundation
import VultrAPI

/// Runs one parsed command against the session and prints its result. Commands that act on
/// users go through the selection unless a user is named.
public struct Interpreter: Sendable {
    public let session: Session
    public let sink: any OutputSink
    public let prompter: (any Prompter)?
    public let changes: ChangeLog

    /// What the caller should do after a command.
    public enum Outcome: Sendable, Equatable {
        case next
        case exit
        /// Run this file's commands next (the script runner parses and runs it).
        case source(String)
    }

    public init(session: Session, sink: any OutputSink, prompter: (any Prompter)?, changes: ChangeLog = ChangeLog()) {
        self.session = session
        self.sink = sink
        self.prompter = prompter
        self.changes = changes
    }

    var printer: Printer { Printer(sink: sink, settings: session.settings) }
    var resolver: UserResolver { UserResolver(session: session) }

    public func run(_ command: Command) async throws -> Outcome {
        switch command {
        case .listUsers(let filters): try await listUsers(filters)
        case .listACLs: listACLs()
        case .listKeys(let reference): try await listKeys(reference)
        case .listAllowlist(let reference): try await listAllowlist(reference)
        case .use(let reference): try await use(reference)
        case .useUsers(let filters): try await useUsers(filters)
        case .showSelection: showSelection()
        case .clearSelection: session.selection = .none; printer.note("selection cleared")
        case .show(let reference): try await show(reference)
        case .whoami: printer.single(try await session.client.account())
        case .apiShow(let reference): try await showAPI(reference)
        case .apiSet(let enabled, let reference): try await setAPI(enabled, reference)
        case .acl(let change, let names): try await changeACLs(change, names)
        case .email(let address): try await changeEmail(address)
        case .createUser(let spec): try await createUser(spec)
        case .removeUser(let reference): try await removeUser(reference)
        case .newKey(let name, let expires): try await newKey(name: name, expires: expires)
        case .removeKey(let id): try await removeKey(id)
        case .allow(let change, let cidr): try await changeAllowlist(change, cidr)
        case .set(let setting): apply(setting)
        case .echo(let text): sink.write(text + "\n")
        case .source(let path): return .source(path)
        case .help(let topic): try help(topic)
        case .exit: return .exit
        }
        return .next
    }

    // MARK: Targets

    /// The users a command acts on: the one named, else the selection.
    func targets(_ reference: UserRef?, command: String) async throws -> [User] {
        if let reference { return [try await resolver.resolve(reference)] }
        let selected = session.selection.users
        guard !selected.isEmpty else {
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

    /// The current state of `users`, fetched again, so decisions are made on what is true now.
    func refreshed(_ users: [User]) async throws -> [User] {
        if users.count == 1 {
            let fresh = try await session.client.user(id: users[0].id)
            session.updated(fresh)
            return [fresh]
        }
        let all = try await session.client.users().collect()
        session.remember(all)
        let wanted = Set(users.map(\.id))
        return all.filter { wanted.contains($0.id) }
    }

    func label(_ user: User) -> String { user.email ?? user.id }

    // MARK: Settings and help

    func apply(_ setting: Setting) {
        var settings = session.settings
        switch setting {
        case .format(let format): settings.format = format
        case .onError(let policy): settings.onError = policy
        case .dryRun(let on): settings.dryRun = on
        case .variable(let name, let value): session.variables[name] = value
        }
        session.settings = settings
    }

    func help(_ topic: String?) throws {
        guard let topic else {
            sink.write(HelpText.overview)
            return
        }
        guard let text = HelpText.topic(topic) else {
            let suggestion = Suggest.closest(topic, among: CommandCatalog.names).map { "; did you mean '\($0)'?" } ?? ""
            throw ShellError("no help for '\(topic)'\(suggestion)")
        }
        sink.write(text)
    }
}
