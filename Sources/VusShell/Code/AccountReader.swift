import Foundation
import VultrAPI

/// Reads what `plan` and `apply` compare a document with: every user, and the allowlists of the
/// users whose entries manage one (a request each).
enum AccountReader {
    static func read(for document: UsersDocument, client: VultrClient) async throws -> (users: [User], allowlists: [String: [CIDRBlock]]) {
        let users = try await client.users().collect()
        let managed = Set(document.users.filter { $0.allowlist != nil }.map { $0.email.lowercased() })
        let subjects = users.filter { managed.contains($0.email?.lowercased() ?? "") }
        let lists = await client.bulk(subjects) { user in try await client.allowlist(userID: user.id).map(\.subnet) }
        var allowlists: [String: [CIDRBlock]] = [:]
        for (user, result) in zip(subjects, lists) { allowlists[user.id] = try result.get() }
        return (users, allowlists)
    }
}

extension AccountDiff {
    /// Reads the document at `path` and the account, and computes the steps between them;
    /// a password variable comes from the session's variables, then the environment.
    static func between(file path: String, prune: Bool, context: CommandContext) async throws -> (UsersDocument, AccountDiff) {
        let document = try UsersDocument.read(path)
        let (users, allowlists) = try await AccountReader.read(for: document, client: try context.client)
        let variables = context.session.variables
        let diff = compute(document, users: users, allowlists: allowlists, prune: prune) {
            variables[$0] ?? ProcessInfo.processInfo.environment[$0]
        }
        return (document, diff)
    }
}
