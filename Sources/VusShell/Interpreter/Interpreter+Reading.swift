import VultrAPI

/// Commands that read: listings, `use`, `show`, `api`.
extension Interpreter {
    /// Streams matching users as pages arrive; the row numbers become `#N`.
    func listUsers(_ filters: [Filter]) async throws {
        var writer = printer.list(User.self, numbered: true)
        var listed: [String] = []
        var everyone: [User] = []
        let keepAll = session.settings.interactive
        for try await user in session.client.users() {
            if keepAll { everyone.append(user) }
            guard filters.matches(user) else { continue }
            listed.append(user.id)
            writer.add(user)
        }
        writer.finish(empty: filters.isEmpty ? "(no users)" : "(no users match \(filters.text))")
        session.lastListing = listed
        if keepAll { session.remember(everyone) }
    }

    func listACLs() {
        var writer = printer.list(ACLRecord.self)
        for acl in ACL.known {
            writer.add(ACLRecord(name: acl.rawValue, description: ACLRecord.descriptions[acl.rawValue] ?? ""))
        }
        writer.finish(empty: "(no ACLs)")
    }

    func listKeys(_ reference: UserRef?) async throws {
        let user = try await target(reference, command: "ls keys")
        var writer = printer.list(APIKey.self)
        for key in try await session.client.apiKeys(userID: user.id) { writer.add(key) }
        writer.finish(empty: "(\(label(user)) has no API keys)")
    }

    func listAllowlist(_ reference: UserRef?) async throws {
        let user = try await target(reference, command: "ls allow")
        var writer = printer.list(AllowlistEntry.self)
        for entry in try await session.client.allowlist(userID: user.id) { writer.add(entry) }
        writer.finish(empty: "(\(label(user)) has an empty allowlist: its API keys work from nowhere)")
    }

    func use(_ reference: UserRef) async throws {
        let user = try await resolver.resolve(reference)
        session.selection = .user(user)
        printer.note("using \(label(user)) (\(user.displayName))")
    }

    func useUsers(_ filters: [Filter]) async throws {
        let all = try await session.client.users().collect()
        session.remember(all)
        let matching = all.filter(filters.matches)
        guard !matching.isEmpty else { throw ShellError("no users match \(filters.text); selection unchanged") }
        session.selection = .users(matching, filters: filters.text)
        session.lastListing = matching.map(\.id)
        printer.note("using \(matching.count) user\(matching.count == 1 ? "" : "s") matching \(filters.text)")
    }

    func showSelection() {
        switch session.selection {
        case .none:
            printer.note("nothing selected; 'use <user>' or 'use users <filters>'")
        case .user(let user):
            printer.single(user)
        case .users(let users, let filters):
            printer.note("\(users.count) user\(users.count == 1 ? "" : "s") matching \(filters):")
            var writer = printer.list(User.self, numbered: true)
            for user in users { writer.add(user) }
            writer.finish(empty: "(none)")
        }
    }

    func show(_ reference: UserRef?) async throws {
        let user = try await target(reference, command: "show")
        let fresh = try await session.client.user(id: user.id)
        session.updated(fresh)
        printer.single(fresh)
    }

    func showAPI(_ reference: UserRef?) async throws {
        let users = try await refreshed(try await targets(reference, command: "api"))
        for user in users {
            let state = user.apiEnabled.map { $0 ? printer.style.green("on") : printer.style.red("off") } ?? "unknown"
            if session.settings.quiet { sink.write("\(user.id) \(user.apiEnabled == true ? "on" : "off")\n") } else {
                sink.write("\(label(user)): api \(state)\n")
            }
        }
    }
}
