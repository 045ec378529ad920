import Foundation
import VultrAPI
import VultrDocuments
import Yams

/// The users of an account written down, as `export users` writes it and `plan` and `apply`
/// read it: one entry per user, in email order, with a stable field order and never a secret
/// (a user to create names a variable for its password: `password: ${NEW_USER_PASSWORD}`).
public struct UsersDocument: Codable, Sendable, Equatable {
    /// One user: the type the shared reader (in VultrDocuments) reads.
    public typealias Entry = UsersDocumentEntry

    public var users: [Entry]

    public init(users: [Entry]) { self.users = users }

    /// The entries in email order (ignoring case): how `export users` writes them and `plan` lists them.
    var usersInEmailOrder: [Entry] { users.sorted { $0.email.lowercased() < $1.email.lowercased() } }

    /// The document as YAML under a header comment, or as JSON with one user per line.
    func text(format: OutputFormat, header: [String]) throws -> String {
        let sorted = UsersDocument(users: usersInEmailOrder)
        if format == .json {
            let lines = sorted.users.map { "  " + Encoding.json($0) }
            return "{\"users\":[\n" + lines.joined(separator: ",\n") + "\n]}\n"
        }
        var builder = UsersDocumentYAML()
        let yaml = try Yams.serialize(node: builder.node(sorted), allowUnicode: true)
        return header.map { "# \($0)\n" }.joined() + yaml
    }

    /// Reads a document written by `export users` (YAML, or JSON, which is YAML too), checked
    /// whole by the reader `vus-sandbox --from` uses too; a refusal lists each problem at its
    /// `file:line:col`.
    static func read(_ path: String) throws -> UsersDocument {
        let entries: [UsersDocumentEntry]
        do { entries = try UsersDocumentReader.read(path: path, knownACLs: Set(ACL.known.map(\.rawValue))) } catch {
            throw DocumentRefusal(description: error.description + "\nvus: \(path) refused; nothing was sent")
        }
        return UsersDocument(users: entries)
    }
}

/// A document refused before anything was sent: the run stops with status 2, as for a script
/// with mistakes.
struct DocumentRefusal: Error, CustomStringConvertible {
    let description: String
}

extension UsersDocumentEntry {
    /// The entry for `user` as the account has them now.
    init(_ user: User, allowlist: [AllowlistEntry]?) {
        self.init(email: user.email ?? user.id, firstName: user.firstName ?? "", lastName: user.lastName ?? "",
                  serviceUser: user.serviceUser ?? false, apiEnabled: user.apiEnabled ?? false,
                  acls: user.acls.map(\.rawValue).sorted(),
                  allowlist: allowlist.map { $0.map(\.subnet.description).sorted() })
    }
}
