import Foundation
import VultrAPI

/// Reads what `plan` and `apply` compare a document with: every user, and the allowlists of the
/// users whose entries manage one (a request each).
enum AccountReader {
    static func read(for document: UsersDocument, client: VultrClient) async throws -> (users: [User], allowlists: [String: [CIDRBlock]]) {
        let users = try await patiently { try await client.users().collect() }
        let managed = Set(document.users.filter { $0.allowlist != nil }.map { $0.email.lowercased() })
        let subjects = users.filter { managed.contains($0.email?.lowercased() ?? "") }
        return (users, try await allowlists(of: subjects, client: client).mapValues { $0.map(\.subnet) })
    }

    /// The allowlist of each of `users` by id, read with bounded concurrency (a request each).
    static func allowlists(of users: [User], client: VultrClient) async throws -> [String: [AllowlistEntry]] {
        let results = await client.bulk(users) { user in try await patiently { try await client.allowlist(userID: user.id) } }
        var lists: [String: [AllowlistEntry]] = [:]
        for (user, result) in zip(users, results) { lists[user.id] = try result.get() }
        return lists
    }

    /// Rounds a read is tried in, each with the client's own retries.
    static let readRounds = 3

    /// Runs a read (which changes nothing, so is safe to repeat) again when it still fails after
    /// the client's retries in a way that may pass (a 5xx, a cut connection, a timeout): a flaky
    /// API slows `plan` and `apply` down rather than stopping an apply half way. What still fails
    /// after the last round is thrown.
    static func patiently<T: Sendable>(_ read: @Sendable () async throws -> T) async throws -> T {
        for round in 1..<readRounds {
            do { return try await read() } catch where Settlement.mayHaveHappened(error) {
                try await Task.sleep(for: .milliseconds(300 * round))
            }
        }
        return try await read()
    }
}

extension OrganizationDiff {
    /// The organization's steps for a document that manages any of it (none otherwise, and
    /// none read).
    static func between(_ document: UsersDocument, file: UsersFileArguments, client: VultrClient) async throws -> OrganizationDiff {
        guard document.managesOrganization else { return OrganizationDiff() }
        let snapshot = try await AccountReader.patiently { try await client.loadOrganization() }
        return try compute(document, current: OrganizationDocument(snapshot), path: file.path, prune: file.prune)
    }
}

extension AccountDiff {
    /// Reads the document `file` names and the account, and computes the steps between them;
    /// a password variable comes from the session's variables, then the environment.
    static func between(_ file: UsersFileArguments, context: CommandContext) async throws -> (UsersDocument, AccountDiff, OrganizationDiff) {
        let document = try UsersDocument.read(file.path)
        let (users, allowlists) = try await AccountReader.read(for: document, client: try context.client)
        let variables = context.session.state.variables
        let diff = compute(document, users: users, allowlists: allowlists, prune: file.prune) {
            variables[$0] ?? ProcessInfo.processInfo.environment[$0]
        }
        return (document, diff, try await OrganizationDiff.between(document, file: file, client: try context.client))
    }
}
