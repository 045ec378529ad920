import Foundation
import LineEditing
import Synchronization
import VultrAPI

/// Tab completion and argument hints that know the language and the account: command words,
/// subcommands, filter keys and values, ACL names, formats, `set` options, file paths after
/// `source`, and users' emails and ids from the session's cache.
final class Completer: Sendable {
    let session: Session
    /// How long Tab may wait for the first fetch of users before giving up (the fetch goes on
    /// and fills the cache for the next Tab).
    let fetchBudget: Duration
    private let fetch = Mutex<Task<[User]?, Never>?>(nil)

    init(session: Session, fetchBudget: Duration = .milliseconds(700)) {
        self.session = session
        self.fetchBudget = fetchBudget
    }

    var hooks: LineEditingHooks {
        LineEditingHooks(complete: { self.complete($0) }, hint: { self.hint($0) })
    }

    func complete(_ line: String) -> Completions {
        let (words, current) = Lexer.completionWords(line)
        var seen = Set<String>()
        let candidates = candidates(words.map { $0.lowercased() }, current)
            .filter { $0.hasPrefix(current) && seen.insert($0).inserted }
        let single = candidates.count == 1 ? candidates[0] : ""
        return Completions(partial: current, candidates: candidates,
                           appendsSpace: !(single.hasSuffix("=") || single.hasSuffix("/") || single.hasSuffix(",")))
    }

    /// The argument hint once a command word and a space are typed: `use <id|email|#N>`.
    func hint(_ line: String) -> String? {
        let (words, current) = Lexer.completionWords(line)
        guard words.count == 1, current.isEmpty, line.hasSuffix(" "),
              let spec = CommandCatalog.spec(named: words[0].lowercased()), !spec.argumentHint.isEmpty
        else { return nil }
        return spec.argumentHint
    }

    private func candidates(_ words: [String], _ current: String) -> [String] {
        guard let command = words.first else { return CommandCatalog.names.sorted() }
        let rest = Array(words.dropFirst())
        switch (command, rest.count) {
        case ("ls", 0): return ["users", "acls", "keys", "allow"]
        case ("ls", _) where rest[0] == "users": return filters(current)
        case ("ls", 1) where rest[0] == "keys" || rest[0] == "allow": return users(current)
        case ("use", 0): return ["users", "-"] + users(current)
        case ("use", _) where rest[0] == "users": return filters(current)
        case ("show", 0): return users(current)
        case ("api", 0): return ["on", "off"] + users(current)
        case ("api", 1) where rest[0] == "on" || rest[0] == "off": return users(current)
        case ("acl", 0): return ["add", "rm", "set"]
        case ("acl", _): return ACL.known.map(\.rawValue).filter { !rest.contains($0) }
        case ("set", 0): return Setting.names + session.variables.keys.sorted()
        case ("set", 1) where rest[0] == "format": return OutputFormat.allCases.map(\.rawValue)
        case ("set", 1) where rest[0] == "on-error": return ["stop", "continue"]
        case ("set", 1) where rest[0] == "dry-run": return ["on", "off"]
        case ("create", 0): return ["user"]
        case ("create", _) where rest.count >= 2: return createOptions(rest, current)
        case ("rm", 0): return ["user"]
        case ("rm", 1) where rest[0] == "user": return users(current)
        case ("key", 0): return ["new", "rm"]
        case ("key", 1) where rest[0] == "rm": return ["all"]
        case ("allow", 0): return ["add", "rm"]
        case ("help", 0): return CommandCatalog.names.sorted()
        case ("source", 0): return paths(current)
        default: return []
        }
    }

    private func filters(_ current: String) -> [String] {
        guard let equals = current.firstIndex(of: "=") else {
            return FilterKey.allCases.map { "\($0.rawValue)=" }
        }
        let key = current[..<equals]
        let values: [String] = switch key {
        case "api": ["on", "off"]
        case "service": ["yes", "no"]
        case "status": ["pending", "active", "suspended", "closed"]
        case "acl": ACL.known.map(\.rawValue)
        case "email": knownUsers().compactMap(\.email)
        case "id": knownUsers().map(\.id)
        default: []
        }
        return values.map { "\(key)=\($0)" }
    }

    private func createOptions(_ rest: [String], _ current: String) -> [String] {
        if current.hasPrefix("acl=") {
            // acl=a,b,<Tab>: complete the name after the last comma.
            let typed = current.dropFirst(4)
            let done = typed.split(separator: ",", omittingEmptySubsequences: false).dropLast().map(String.init)
            let head = "acl=" + done.map { $0 + "," }.joined()
            return ACL.known.map(\.rawValue).filter { !done.contains($0) }.map { head + $0 }
        }
        let used = Set(rest.compactMap { $0.split(separator: "=").first.map(String.init) })
        return ["first=", "last=", "acl=", "api=on", "api=off", "service", "password="]
            .filter { !used.contains(String($0.split(separator: "=").first ?? "")) }
    }

    /// Emails of the cached users, or ids when the typed text looks like one.
    private func users(_ current: String) -> [String] {
        let users = knownUsers()
        let emails = users.compactMap(\.email)
        if !current.isEmpty, !emails.contains(where: { $0.hasPrefix(current) }) { return users.map(\.id) }
        return emails
    }

    /// The cached users; on first need, fetches them but waits at most ``fetchBudget`` so Tab
    /// never hangs.
    private func knownUsers() -> [User] {
        if let cached = session.cachedUsers { return cached }
        let session = self.session
        let task = fetch.withLock { running in
            if let running { return running }
            let started = Task.detached { try? await session.allUsers() }
            running = started
            return started
        }
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<[User]?>(nil)
        Task.detached {
            let users = await task.value
            result.withLock { $0 = users }
            done.signal()
        }
        let milliseconds = Int(fetchBudget.components.seconds * 1000 + fetchBudget.components.attoseconds / 1_000_000_000_000_000)
        _ = done.wait(timeout: .now() + .milliseconds(milliseconds))
        let users = result.withLock { $0 }
        if users != nil { fetch.withLock { $0 = nil } }  // done: a later Tab may fetch afresh
        return users ?? []
    }

    private func paths(_ current: String) -> [String] {
        let expanded = current.hasPrefix("~/") ? NSHomeDirectory() + current.dropFirst(1) : current
        let directory = expanded.contains("/") ? String(expanded[...expanded.lastIndex(of: "/")!]) : ""
        let shownDirectory = current.contains("/") ? String(current[...current.lastIndex(of: "/")!]) : ""
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: directory + name, isDirectory: &isDirectory)
            return shownDirectory + name + (isDirectory.boolValue ? "/" : "")
        }
    }
}
