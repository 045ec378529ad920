import Foundation
import VultrAPI

/// `api on|off`, `acl add|rm|set`, `email`: changes to users, safe to re-run.
extension Interpreter {
    func setAPI(_ enabled: Bool, _ reference: UserRef?) async throws {
        let users = try await targets(reference, command: "api \(enabled ? "on" : "off")")
        try await update(users, verb: "api \(enabled ? "on" : "off")") { _ in UserUpdate(apiEnabled: enabled) }
    }

    func changeACLs(_ change: ACLChange, _ names: [String]) async throws {
        let acls = names.map { ACL(rawValue: $0) }
        let users = try await targets(nil, command: "acl \(change.rawValue)")
        let verb = "acl \(change.rawValue) \(names.joined(separator: " "))".trimmingCharacters(in: .whitespaces)
        try await update(users, verb: verb) { user in
            switch change {
            case .add: UserUpdate(acls: user.acls + acls.filter { !user.acls.contains($0) })
            case .rm: UserUpdate(acls: user.acls.filter { !acls.contains($0) })
            case .set: UserUpdate(acls: acls)
            }
        }
    }

    func changeEmail(_ address: String) async throws {
        let user = try await target(nil, command: "email")
        try await update([user], verb: "email \(address)") { _ in UserUpdate(email: address) }
    }

    /// Works out what each user needs, says what is already true, shows the plan for a set
    /// (and asks at a prompt), then sends only the needed changes, with bounded concurrency.
    func update(_ users: [User], verb: String, _ change: (User) -> UserUpdate) async throws {
        let current = try await refreshed(users)
        let plans = current.map { ($0, change($0).removingWhatIsAlreadyTrue(of: $0)) }
        let needed = plans.filter { !$0.1.isEmpty }
        let alreadyTrue = plans.count - needed.count
        let subject = current.count == 1 ? label(current[0]) : "\(current.count) users"

        guard !needed.isEmpty else {
            printer.note("\(subject): \(verb) is already true — nothing sent")
            return
        }
        if session.settings.dryRun {
            for (user, update) in needed {
                printer.note("dry-run: PATCH /v2/users/\(user.id) \(Self.body(update))   # \(label(user))")
            }
            printer.note("dry-run: \(needed.count) request\(needed.count == 1 ? "" : "s") not sent"
                + (alreadyTrue > 0 ? "; \(alreadyTrue) already true" : ""))
            return
        }
        if current.count > 1 {
            printer.note("\(verb) for \(needed.count) of \(current.count) users"
                + (alreadyTrue > 0 ? " (\(alreadyTrue) already true, nothing sent for them)" : "") + ":")
            for (user, _) in needed { printer.note("  \(label(user))") }
            guard try await confirmed("Apply to \(needed.count) user\(needed.count == 1 ? "" : "s")?") else { return }
        }

        let client = session.client
        let results = await client.bulk(needed) { user, update in
            try await client.updateUser(id: user.id, update)
            return Self.applying(update, to: user)
        }
        var changed = 0
        let (failed, interrupted) = settle(results) { index, updated in
            let user = needed[index].0
            changed += 1
            session.updated(updated)
            changes.record("\(verb): \(label(user))")
            if current.count == 1 { printer.note("\(label(user)): \(verb)") }
        }
        if current.count > 1 || failed > 0 || interrupted > 0 {
            var summary = "\(verb): \(changed) changed"
            if alreadyTrue > 0 { summary += ", \(alreadyTrue) already true" }
            if failed > 0 { summary += ", \(failed) failed" }
            if interrupted > 0 { summary += ", \(interrupted) not done (interrupted)" }
            printer.note(summary)
        }
        try conclude(failed: failed, interrupted: interrupted,
                     failure: "\(verb): \(failed) of \(needed.count) changes failed")
    }

    /// Asks at an interactive prompt unless `-y`; scripts never ask.
    func confirmed(_ question: String) async throws -> Bool {
        let settings = session.settings
        guard settings.interactive, !settings.assumeYes, let prompter else { return true }
        if await prompter.confirm(question) { return true }
        printer.note("not confirmed; nothing changed")
        return false
    }

    static func applying(_ update: UserUpdate, to user: User) -> User {
        var user = user
        if let email = update.email { user.email = email }
        if let enabled = update.apiEnabled { user.apiEnabled = enabled }
        if let acls = update.acls { user.acls = acls }
        return user
    }

    /// The JSON a PATCH would carry, for dry runs.
    static func body(_ update: UserUpdate) -> String {
        var object: [String: Any] = [:]
        if let email = update.email { object["email"] = email }
        if let enabled = update.apiEnabled { object["api_enabled"] = enabled }
        if let acls = update.acls { object["acls"] = acls.map(\.rawValue) }
        return json(object)
    }

    static func json(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
