import Foundation
import VultrAPI
import VultrDocuments
import Yams

/// The users of an account written down, as `export users` writes it and `plan` and `apply`
/// read it: one entry per user, in email order, with a stable field order and never a secret
/// (a user to create names a variable for its password: `password: ${NEW_USER_PASSWORD}`);
/// on an account with IAM, the organization's groups, roles and custom policies too, in name
/// order. A section left out is not managed by the document.
public struct UsersDocument: Codable, Sendable, Equatable {
    /// One user: the type the shared reader (in VultrDocuments) reads.
    public typealias Entry = UsersDocumentEntry

    public var users: [Entry]
    public var groups: [GroupEntry]?
    public var roles: [RoleEntry]?
    public var policies: [PolicyEntry]?

    public init(users: [Entry], groups: [GroupEntry]? = nil, roles: [RoleEntry]? = nil, policies: [PolicyEntry]? = nil) {
        self.users = users
        self.groups = groups
        self.roles = roles
        self.policies = policies
    }

    /// Whether the document manages anything of the organization.
    var managesOrganization: Bool {
        groups != nil || roles != nil || policies != nil || users.contains { $0.groups != nil || $0.roles != nil || $0.policies != nil }
    }

    /// The entries in email order (ignoring case): how `export users` writes them and `plan` lists them.
    var usersInEmailOrder: [Entry] { users.sorted { $0.email.lowercased() < $1.email.lowercased() } }

    /// The document as YAML under a header comment, or as JSON with one user per line.
    func text(format: OutputFormat, header: [String]) throws -> String {
        let sorted = UsersDocument(users: usersInEmailOrder, groups: groups?.sorted { $0.name.lowercased() < $1.name.lowercased() },
                                   roles: roles?.sorted { $0.name.lowercased() < $1.name.lowercased() },
                                   policies: policies?.sorted { $0.name.lowercased() < $1.name.lowercased() })
        if format == .json {
            func section(_ key: String, _ lines: [String]) -> String {
                "\"\(key)\":[\n" + lines.map { "  " + $0 }.joined(separator: ",\n") + (lines.isEmpty ? "]" : "\n]")
            }
            var sections = [section("users", sorted.users.map { Encoding.json($0) })]
            if let groups = sorted.groups { sections.append(section("groups", groups.map { Encoding.json($0) })) }
            if let roles = sorted.roles { sections.append(section("roles", roles.map { Encoding.json($0) })) }
            if let policies = sorted.policies { sections.append(section("policies", policies.map { Encoding.json($0) })) }
            return "{" + sections.joined(separator: ",\n") + "}\n"
        }
        var builder = UsersDocumentYAML()
        let yaml = try Yams.serialize(node: builder.node(sorted), allowUnicode: true)
        return header.map { "# \($0)\n" }.joined() + yaml
    }

    /// Reads a document written by `export users` (YAML, or JSON, which is YAML too), checked
    /// whole by the reader `vus-sandbox --from` uses too; a refusal lists each problem at its
    /// `file:line:col`.
    static func read(_ path: String) throws -> UsersDocument {
        let content: UsersDocumentContent
        do { content = try UsersDocumentReader.read(path: path, knownACLs: Set(ACL.known.map(\.rawValue))) } catch {
            throw DocumentRefusal(description: error.description + "\nvus: \(path) refused; nothing was sent")
        }
        return UsersDocument(users: content.users, groups: content.groups, roles: content.roles, policies: content.policies)
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
        self.init(email: user.label, firstName: user.firstName ?? "", lastName: user.lastName ?? "",
                  serviceUser: user.serviceUser ?? false, apiEnabled: user.apiEnabled ?? false,
                  acls: user.acls.map(\.rawValue).sorted(),
                  allowlist: allowlist.map { $0.map(\.subnet.description).sorted() })
    }
}
