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

    /// `users:` and one mapping per entry, in the document's order.
    mutating func node(_ document: UsersDocument) -> Node {
        let users = document.users.map { entry(for: $0) }
        return Node([(key("users"), Node(users, .implicit, .any))], .implicit, .any)
    }

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
        if let allowlist = entry.allowlist {
            pairs.append((key(Key.allowlist), Node(allowlist.map { text($0) }, .implicit, .any)))
        }
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
