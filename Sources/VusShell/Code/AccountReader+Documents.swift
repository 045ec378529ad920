import Foundation
import VultrAPI

extension AccountReader {
    /// What `plan` and `apply` compare a document with: every user, and the allowlists of the
    /// users whose entries manage one (a request each).
    static func read(for document: UsersDocument, client: VultrClient) async throws -> (users: [User], allowlists: [String: [CIDRBlock]]) {
        let users = try await patiently { try await client.users().collect() }
        let managed = Set(document.users.filter { $0.allowlist != nil }.map { $0.email.lowercased() })
        let subjects = users.filter { managed.contains($0.email?.lowercased() ?? "") }
        return (users, try await allowlists(of: subjects, client: client).mapValues { $0.map(\.subnet) })
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
