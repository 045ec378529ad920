import Foundation
import LineEditing
import Synchronization
import VultrAPI

/// Tab completion and argument hints: the grammar decides what stands where
/// (``GrammarCompletion``); this supplies the account's users from the session's cache, and
/// files.
final class Completer: CompletionValues {
    let session: Session
    let registry: ShellRegistry
    /// How long Tab may wait for the first fetch of users before giving up (the fetch goes on
    /// and fills the cache for the next Tab).
    let fetchBudget: Duration
    private let fetch = Mutex<Task<[User]?, Never>?>(nil)
    /// Names of groups, roles and policies, read once per noun on first need.
    private let names = Mutex<[IAMNoun: Task<[String]?, Never>]>([:])

    init(session: Session, registry: ShellRegistry = .standard, fetchBudget: Duration = .milliseconds(700)) {
        self.session = session
        self.registry = registry
        self.fetchBudget = fetchBudget
    }

    var hooks: LineEditingHooks {
        LineEditingHooks(complete: { self.complete($0) }, hint: { self.hint($0) })
    }

    var grammar: GrammarCompletion { GrammarCompletion(commands: registry.syntaxes, values: self) }

    func complete(_ line: String) -> Completions {
        let (words, current) = Lexer.completionWords(line)
        var seen = Set<String>()
        let candidates = grammar.candidates(words: words.map { $0.lowercased() }, current: current)
            .filter { $0.hasPrefix(current) && seen.insert($0).inserted }
        let single = candidates.count == 1 ? candidates[0] : ""
        return Completions(partial: current, candidates: candidates,
                           appendsSpace: !(single.hasSuffix("=") || single.hasSuffix("/") || single.hasSuffix(",")))
    }

    /// The argument hint once a command word (and keyword) and a space are typed.
    func hint(_ line: String) -> String? {
        let (words, current) = Lexer.completionWords(line)
        guard current.isEmpty, line.hasSuffix(" ") else { return nil }
        return grammar.hint(words: words.map { $0.lowercased() })
    }

    /// Emails of the cached users, or ids when the typed text looks like one.
    func emails() -> [String] { knownUsers().compactMap(\.email) }
    func ids() -> [String] { knownUsers().map(\.id) }

    func users(_ current: String) -> [String] {
        let users = knownUsers()
        let emails = users.compactMap(\.email)
        if !current.isEmpty, !emails.contains(where: { $0.hasPrefix(current) }) { return users.map(\.id) }
        return emails
    }

    /// The cached users; on first need, fetches them but waits at most ``fetchBudget`` so Tab
    /// never hangs.
    private func knownUsers() -> [User] {
        if let cached = session.users.cached { return cached }
        let session = self.session
        let task = fetch.withLock { running in
            if let running { return running }
            let started = Task.detached { try? await session.users.all() }
            running = started
            return started
        }
        let users = waitWithinBudget(for: task)
        if users != nil { fetch.withLock { $0 = nil } }  // done: a later Tab may fetch afresh
        return users ?? []
    }

    /// The names of the organization's groups, roles or policies: from the organization this
    /// session read, else listed once (within ``fetchBudget``); none on an account without IAM.
    func names(of noun: IAMNoun) -> [String] {
        if let snapshot = session.users.access?.snapshot {
            return switch noun {
            case .group: snapshot.groups.map(\.name)
            case .role: snapshot.roles.map(\.name)
            case .policy: snapshot.policies.map(\.name)
            }
        }
        let session = self.session
        let task = names.withLock { running in
            if let running = running[noun] { return running }
            let started = Task.detached { () -> [String]? in
                guard let client = try? session.client() else { return nil }
                return switch noun {
                case .group: try? await client.groups().map(\.name)
                case .role: try? await client.roles().map(\.name)
                case .policy: try? await client.policies().map(\.name)
                }
            }
            running[noun] = started
            return started
        }
        return waitWithinBudget(for: task) ?? []
    }

    /// What `task` gives if it finishes within ``fetchBudget`` (it goes on either way).
    private func waitWithinBudget<Value: Sendable>(for task: Task<Value?, Never>) -> Value? {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<Value?>(nil)
        Task.detached {
            let value = await task.value
            result.withLock { $0 = value }
            done.signal()
        }
        let milliseconds = Int(fetchBudget.components.seconds * 1000 + fetchBudget.components.attoseconds / 1_000_000_000_000_000)
        _ = done.wait(timeout: .now() + .milliseconds(milliseconds))
        return result.withLock { $0 }
    }

    func paths(_ current: String) -> [String] {
        let expanded = PathSyntax.expandingHome(current)
        let directory = expanded.contains("/") ? String(expanded[...expanded.lastIndex(of: "/")!]) : ""
        let shownDirectory = current.contains("/") ? String(current[...current.lastIndex(of: "/")!]) : ""
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + name, isDirectory: &isDirectory)
            return shownDirectory + name + (isDirectory.boolValue ? "/" : "")
        }
    }
}

extension Session {
    /// What Tab offers for `line` (the text before the cursor), worked out as the interactive
    /// shell does from the grammar and this session's cached users, without a terminal: for
    /// tools and benchmarks that time completion (`Session.remember(_:)` fills the cache).
    public func completions(for line: String) -> Completions {
        Completer(session: self).complete(line)
    }
}
