import Yams

/// Walks a composed users document once, collecting its entries and every problem at its
/// position. A node met a second time was reached through a YAML alias: the walk stops there,
/// so however a hostile document nests its aliases, it costs one pass over its text.
struct UsersDocumentChecker {
    let knownACLs: Set<String>
    private(set) var problems: [UsersDocumentError.Problem] = []
    /// The positions of the nodes visited, with their kind (a mapping starts where its first key does).
    private var visited: Set<[Int]> = []
    /// Each email (lowercased) with the line it was first given on.
    private var emails: [String: Int] = [:]
    private var hostile = false

    init(knownACLs: Set<String>) { self.knownACLs = knownACLs }

    mutating func document(_ root: Node?) -> [UsersDocumentEntry] {
        guard let root else { report(nil, "is empty; expected 'users:' and a list of users"); return [] }
        guard visit(root), let mapping = root.mapping else { report(root, "expected 'users:' and a list of users"); return [] }
        var users: Node?
        for (key, value) in mapping {
            guard visit(key), visit(value) else { return [] }
            guard key.scalar?.string == "users" else { report(key, "unknown key '\(key.scalar?.string ?? "?")'; the document takes only 'users'"); continue }
            users = value
        }
        guard let users, let list = users.sequence else { report(users ?? root, "expected 'users:' with a list of users"); return [] }
        var entries: [UsersDocumentEntry] = []
        for item in list {
            guard visit(item) else { return [] }
            if let entry = entry(item) { entries.append(entry) }
            if hostile { return [] }
        }
        return entries
    }

    /// One user, checked field by field.
    private mutating func entry(_ node: Node) -> UsersDocumentEntry? {
        guard let mapping = node.mapping else { report(node, "a user is a mapping of \(Self.keyList)"); return nil }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard visit(key), visit(value) else { return nil }
            let name = key.scalar?.string ?? "?"
            guard UsersDocumentReader.keys.contains(name) else {
                let hint = Suggestion.closest(to: name, in: UsersDocumentReader.keys).map { " (did you mean '\($0)'?)" } ?? ""
                report(key, "unknown key '\(Suggestion.visible(name))'\(hint); a user takes \(Self.keyList)")
                continue
            }
            if fields[name] != nil { report(key, "'\(name)' is given twice") }
            fields[name] = value
        }
        let line = node.mark?.line ?? 1
        guard let emailNode = fields["email"] else { report(node, "this user has no email"); return nil }
        let email = text(emailNode, "email")
        let firstName = text(fields["first_name"], "first_name", required: node)
        let lastName = text(fields["last_name"], "last_name", required: node)
        if let email {
            if !Self.isEmail(email) { report(emailNode, "'\(Suggestion.visible(email))' is not an email address") }
            if let first = emails[email.lowercased()] {
                report(emailNode, "\(email) is listed twice: at line \(first) and here")
            } else {
                emails[email.lowercased()] = emailNode.mark?.line ?? line
            }
        }
        let acls = list(fields["acls"], "acls")
        for (item, acl) in zip(fields["acls"]?.sequence.map(Array.init) ?? [], acls ?? []) where !knownACLs.contains(acl) {
            let hint = Suggestion.closest(to: acl, in: knownACLs.sorted()).map { "; did you mean '\($0)'?" } ?? "; 'vus -c \"ls acls\"' lists them"
            report(item, "unknown ACL '\(Suggestion.visible(acl))'\(hint)")
        }
        let allowlist = list(fields["allowlist"], "allowlist")
        for (item, subnet) in zip(fields["allowlist"]?.sequence.map(Array.init) ?? [], allowlist ?? []) where !Self.isSubnet(subnet) {
            report(item, "'\(Suggestion.visible(subnet))' is not a subnet like 203.0.113.0/24")
        }
        let entry = UsersDocumentEntry(
            email: email ?? "", firstName: firstName ?? "", lastName: lastName ?? "",
            serviceUser: flag(fields["service_user"], "service_user"), apiEnabled: flag(fields["api_enabled"], "api_enabled"),
            acls: acls, allowlist: allowlist, password: fields["password"].flatMap { text($0, "password") }, line: line)
        return email == nil || firstName == nil || lastName == nil ? nil : entry
    }

    /// Marks `node` visited; false (and the document refused) when it was already: an alias.
    private mutating func visit(_ node: Node) -> Bool {
        guard !hostile else { return false }
        let kind = node.scalar != nil ? 0 : node.mapping != nil ? 1 : 2
        guard let mark = node.mark, visited.insert([mark.line, mark.column, kind]).inserted else {
            if node.mark != nil {
                report(node, "this node is used again through a YAML alias; a users document takes no anchors or aliases")
                hostile = true
                return false
            }
            return true
        }
        return true
    }

    private mutating func text(_ node: Node?, _ name: String, required owner: Node? = nil) -> String? {
        guard let node else {
            if let owner { report(owner, "this user has no \(name)") }
            return nil
        }
        guard let value = node.scalar?.string else { report(node, "\(name) must be text"); return nil }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            report(node, "\(name) contains a control character")
            return nil
        }
        return value
    }

    private mutating func flag(_ node: Node?, _ name: String) -> Bool? {
        guard let node else { return nil }
        guard let value = node.scalar?.string, value == "true" || value == "false" else {
            report(node, "\(name) must be true or false")
            return nil
        }
        return value == "true"
    }

    private mutating func list(_ node: Node?, _ name: String) -> [String]? {
        guard let node else { return nil }
        guard let items = node.sequence else { report(node, "\(name) must be a list"); return nil }
        var values: [String] = []
        for item in items {
            guard visit(item) else { return nil }
            if let value = text(item, "each of \(name)") { values.append(value) }
        }
        return values
    }

    private mutating func report(_ node: Node?, _ message: String) {
        problems.append(.init(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message: message))
    }

    static let keyList = UsersDocumentReader.keys.joined(separator: ", ")

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(where: { $0.isWhitespace })
    }

    static func isSubnet(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let size = Int(parts[1]), size >= 0, !parts[0].isEmpty else { return false }
        return parts[0].contains(":") ? size <= 128 : (size <= 32 && parts[0].split(separator: ".").count == 4)
    }
}

/// The known word nearest a mistyped one, for "did you mean".
enum Suggestion {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = candidates.map { ($0, distance(Array(lowered), Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }

    /// A value as it can be printed: control characters shown as `\u{…}`.
    static func visible(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined().prefix(80))
    }

    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
