import Foundation
import VultrAPI

/// `key new`, `key rm`, `allow add|rm`.
extension Interpreter {
    func newKey(name: String?, expires: String?) async throws {
        let user = try await target(nil, command: "key new")
        let expiry = try expires.map(Self.date)
        if session.settings.dryRun {
            var body: [String: Any] = ["name": name ?? "", "expire": expiry != nil]
            if let expiry { body["date_expire"] = expiry.formatted(.iso8601) }
            printer.note("dry-run: POST /v2/users/\(user.id)/apikeys \(Self.json(body))   # \(label(user))")
            return
        }
        let key = try await session.client.createAPIKey(userID: user.id, name: name ?? "", expiresOn: expiry)
        changes.record("created API key \(key.id) for \(label(user))")
        printer.single(key)
        printer.note("the key text is shown this once; store it now")
    }

    /// `key rm <id>` removes one key of the selected user; `key rm all` every key of every
    /// selected user.
    func removeKey(_ id: String) async throws {
        let users = id == "all" ? try await targets(nil, command: "key rm all") : [try await target(nil, command: "key rm")]
        var removals: [(User, APIKey)] = []
        for user in users {
            let keys = try await session.client.apiKeys(userID: user.id)
            if id == "all" {
                removals += keys.map { (user, $0) }
            } else if let key = keys.first(where: { $0.id == id || $0.id.hasPrefix(id) }) {
                removals.append((user, key))
            } else {
                printer.note("\(label(user)) has no key \(id) — nothing sent")
                return
            }
        }
        guard !removals.isEmpty else {
            printer.note("no API keys to remove — nothing sent")
            return
        }
        if session.settings.dryRun {
            for (user, key) in removals {
                printer.note("dry-run: DELETE /v2/users/\(user.id)/apikeys/\(key.id)   # \(label(user))")
            }
            return
        }
        if removals.count > 1 {
            printer.note("removing \(removals.count) API keys of \(users.count) user\(users.count == 1 ? "" : "s")")
            guard try await confirmed("Remove \(removals.count) API keys?") else { return }
        }
        let client = session.client
        let results = await client.bulk(removals) { user, key in try await client.deleteAPIKey(userID: user.id, keyID: key.id) }
        try report(results, for: removals.map { "API key \($0.1.id) of \(label($0.0))" }, verb: "removed")
    }

    func changeAllowlist(_ change: AllowChange, _ cidr: CIDR) async throws {
        let users = try await targets(nil, command: "allow \(change.rawValue)")
        let block = CIDRBlock(address: cidr.address, prefixLength: cidr.prefixLength)
        var needed: [User] = []
        for user in users {
            let present = try await session.client.allowlist(userID: user.id).contains { $0.subnet == block }
            if present != (change == .add) { needed.append(user) } else {
                printer.note("\(label(user)): \(block) is already \(change == .add ? "allowed" : "absent") — nothing sent")
            }
        }
        guard !needed.isEmpty else { return }
        if session.settings.dryRun {
            let method = change == .add ? "POST" : "DELETE"
            for user in needed {
                printer.note("dry-run: \(method) /v2/users/\(user.id)/ip-whitelist \(Self.json(["subnet": block.address, "subnet_size": block.prefixLength]))")
            }
            return
        }
        if needed.count > 1 { guard try await confirmed("\(change.rawValue) \(block) for \(needed.count) users?") else { return } }
        let client = session.client
        let results = await client.bulk(needed) { user in
            if change == .add { try await client.addAllowlistEntry(userID: user.id, block) } else {
                try await client.removeAllowlistEntry(userID: user.id, block)
            }
        }
        try report(results, for: needed.map { "\(block) for \(label($0))" }, verb: change == .add ? "allowed" : "disallowed")
    }

    /// Prints each outcome of a bulk job and fails if any part did.
    func report(_ results: [Result<Void, any Error>], for subjects: [String], verb: String) throws {
        let (failed, interrupted) = settle(results) { index, _ in
            changes.record("\(verb) \(subjects[index])")
            printer.note("\(verb) \(subjects[index])")
        }
        if interrupted > 0 { printer.note("interrupted: \(interrupted) not done") }
        try conclude(failed: failed, interrupted: interrupted, failure: "\(failed) of \(results.count) failed")
    }

    static func date(_ text: String) throws -> Date {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        if let day = try? Date(text + "T00:00:00Z", strategy: .iso8601) { return day }
        throw ShellError("expires=\(text): use a date like 2027-01-31 or 2027-01-31T12:00:00Z")
    }
}
