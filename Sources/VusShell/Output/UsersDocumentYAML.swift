import VultrAccess
import VultrDocuments
import Yams

/// Builds the YAML node of a `UsersDocument` for `Yams.serialize`, exactly as `YAMLEncoder` would
/// encode the document, in time that grows with the number of users.
///
/// Why not `YAMLEncoder`: it appends to a sequence by copying it (minutes for 10,000 users), and
/// it matches every key and value against YAML's bool, number, null and date patterns twice (once
/// to represent, once to emit). Here keys and booleans carry their tag, and each distinct string
/// is matched once, so 10,000 users encode in a fraction of a second.
struct UsersDocumentYAML {
    private typealias Key = UsersDocument.Entry.CodingKeys
    private let string = Tag(.str)
    private let bool = Tag(.bool)
    /// Strings already represented: names and ACLs repeat across users.
    private var represented: [String: Node.Scalar] = [:]

    /// `users:` and one mapping per entry, in the document's order, then the organization's
    /// sections the document has.
    mutating func node(_ document: UsersDocument) -> Node {
        var users: [Node] = []
        for user in document.users { users.append(entry(for: user)) }
        var sections = [(key("users"), Node(users, .implicit, .any))]
        if let groups = document.groups {
            var nodes: [Node] = []
            for group in groups {
                nodes.append(mapping([("name", text(group.name)), ("description", text(group.description)),
                                      ("roles", list(group.roles)), ("policies", list(group.policies))]))
            }
            sections.append((key("groups"), Node(nodes, .implicit, .any)))
        }
        if let roles = document.roles {
            var nodes: [Node] = []
            for role in roles {
                nodes.append(mapping([("name", text(role.name)), ("type", text(role.type)),
                                      ("description", text(role.description)), ("policies", list(role.policies))]))
            }
            sections.append((key("roles"), Node(nodes, .implicit, .any)))
        }
        if let policies = document.policies {
            var nodes: [Node] = []
            for policy in policies {
                nodes.append(mapping([("name", text(policy.name)), ("description", text(policy.description)),
                                      ("document", self.document(policy.document))]))
            }
            sections.append((key("policies"), Node(nodes, .implicit, .any)))
        }
        return Node(sections, .implicit, .any)
    }

    /// A policy's document as Vultr writes it: `Version`, and `Statement` with `Effect`,
    /// `Action` and `Resource`.
    private mutating func document(_ document: PolicyDocument) -> Node {
        var statements: [Node] = []
        for statement in document.statements {
            statements.append(mapping([("Effect", text(statement.effect.rawValue)), ("Action", list(statement.actions)),
                                       ("Resource", list(statement.resources))]))
        }
        return mapping([("Version", text(document.version)), ("Statement", Node(statements, .implicit, .any))])
    }

    /// The fields that are there, in the order given.
    private func mapping(_ fields: [(String, Node?)]) -> Node {
        Node(fields.compactMap { name, value in value.map { (key(name), $0) } }, .implicit, .any)
    }

    private mutating func list(_ values: [String]) -> Node {
        var nodes: [Node] = []
        for value in values { nodes.append(text(value)) }
        return Node(nodes, .implicit, .any)
    }

    private mutating func list(_ values: [String]?) -> Node? { values.map { list($0) } }

    private mutating func text(_ value: String?) -> Node? { value.map { text($0) } }

    /// The fields an entry has, in the order its `CodingKeys` list them (as `Codable` writes them).
    private mutating func entry(for entry: UsersDocument.Entry) -> Node {
        var pairs: [(Node, Node)] = [
            (key(Key.email), text(entry.email)),
            (key(Key.firstName), text(entry.firstName)),
            (key(Key.lastName), text(entry.lastName)),
        ]
        if let serviceUser = entry.serviceUser { pairs.append((key(Key.serviceUser), flag(serviceUser))) }
        if let apiEnabled = entry.apiEnabled { pairs.append((key(Key.apiEnabled), flag(apiEnabled))) }
        if let acls = entry.acls { pairs.append((key(Key.acls), Node(acls.map { text($0) }, .implicit, .any))) }
        if let allowlist = entry.allowlist { pairs.append((key(Key.allowlist), list(allowlist))) }
        if let groups = entry.groups { pairs.append((key(Key.groups), list(groups))) }
        if let roles = entry.roles { pairs.append((key(Key.roles), list(roles))) }
        if let policies = entry.policies { pairs.append((key(Key.policies), list(policies))) }
        if let password = entry.password { pairs.append((key(Key.password), text(password))) }
        return Node(pairs, .implicit, .any)
    }

    private func key(_ key: Key) -> Node { self.key(key.rawValue) }

    /// A key is written plain; its tag is known, so it is not matched against YAML's patterns.
    private func key(_ name: String) -> Node { .scalar(Node.Scalar(name, string)) }

    private func flag(_ value: Bool) -> Node { .scalar(Node.Scalar(value ? "true" : "false", bool)) }

    /// A string as Yams represents it (quoted where it would read back as a bool, number, null or
    /// date), with its tag then fixed so that the emitter does not match it again.
    private mutating func text(_ value: String) -> Node {
        // Swift's `==` equates canonically equivalent text ("é" composed or not): check the bytes.
        if let scalar = represented[value], scalar.string.utf8.elementsEqual(value.utf8) { return .scalar(scalar) }
        var scalar = value.represented()
        scalar.tag = string
        represented[value] = scalar
        return .scalar(scalar)
    }
}
