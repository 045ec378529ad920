import Foundation
import VultrAPI

/// `create user` and `rm user`.
extension Interpreter {
    func createUser(_ spec: NewUserSpec) async throws {
        var password = spec.password
        if password == nil, session.settings.interactive, !session.settings.dryRun, let prompter {
            password = await prompter.readSecret("Password for \(spec.email): ")
            if password == nil { printer.note("no password given; nothing created"); return }
        }
        if session.settings.dryRun {
            var body: [String: Any] = ["email": spec.email, "first_name": spec.firstName, "last_name": spec.lastName,
                                       "password": "***", "acls": spec.acls, "service_user": spec.serviceUser]
            if let api = spec.apiEnabled { body["api_enabled"] = api }
            printer.note("dry-run: POST /v2/users \(Self.json(body))")
            printer.note("dry-run: 1 request not sent")
            return
        }
        guard let password, !password.isEmpty else {
            throw ShellError("'create user' needs password=…; in a script pass it from a variable: password=$PASSWORD (vus -v PASSWORD=…)")
        }
        let new = NewUser(email: spec.email, firstName: spec.firstName, lastName: spec.lastName, password: password,
                          acls: spec.acls.map { ACL(rawValue: $0) }, apiEnabled: spec.apiEnabled,
                          serviceUser: spec.serviceUser)
        var user = try await session.client.createUser(new)
        let key = user.apiKey
        user.apiKey = nil
        session.added(user)
        changes.record("created user \(label(user))")
        printer.single(user)
        if let key {
            printer.note("API key of this service user (shown once, store it now): \(key)")
        }
    }

    func removeUser(_ reference: UserRef?) async throws {
        let user = try await target(reference, command: "rm user")
        if session.settings.dryRun {
            printer.note("dry-run: DELETE /v2/users/\(user.id)   # \(label(user))")
            printer.note("dry-run: 1 request not sent")
            return
        }
        guard try await confirmed("Delete \(label(user)) (\(user.displayName)) and all their API keys? This cannot be undone.")
        else { return }
        try await session.client.deleteUser(id: user.id)
        session.removed(userID: user.id)
        changes.record("deleted user \(label(user))")
        printer.note("deleted \(label(user))")
    }
}
