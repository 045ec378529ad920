import Foundation
import VultrAccess
import VultrValues
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

    mutating func document(_ root: Node?) -> UsersDocumentContent {
        let empty = UsersDocumentContent(users: [])
        guard let root else { report(nil, "is empty; expected 'users:' and a list of users"); return empty }
        guard visit(root), let mapping = root.mapping else { report(root, "expected 'users:' and a list of users"); return empty }
        let keys = UsersDocumentContent.CodingKeys.allCases.map(\.rawValue)
        guard let sections = fields(of: mapping, keys: keys, owner: "the document") else { return empty }
        guard let users = sections["users"], let list = users.sequence else {
            report(sections["users"] ?? root, "expected 'users:' with a list of users")
            return empty
        }
        var content = empty
        for item in list {
            guard visit(item) else { return empty }
            if let entry = entry(item) { content.users.append(entry) }
            if hostile { return empty }
        }
        content.groups = sections["groups"].flatMap { section($0, "group", keys: GroupEntry.CodingKeys.allCases.map(\.rawValue), Self.group) }
        content.roles = sections["roles"].flatMap { section($0, "role", keys: RoleEntry.CodingKeys.allCases.map(\.rawValue), Self.role) }
        content.policies = sections["policies"].flatMap { section($0, "policy", keys: PolicyEntry.CodingKeys.allCases.map(\.rawValue), Self.policy) }
        return hostile ? empty : content
    }

    /// A list of named mappings (`groups:`, `roles:`, `policies:`), each checked key by key,
    /// each name once. The nodes were visited with the section's own node.
    private mutating func section<T>(_ node: Node, _ noun: String, keys: [String],
                                     _ make: (inout Self, [String: Node], Node, String) -> T?) -> [T]? {
        guard let list = node.sequence else { report(node, "expected a list of \(noun) entries"); return nil }
        var names: [String: Int] = [:]
        var entries: [T] = []
        for item in list {
            guard visit(item) else { return nil }
            guard let mapping = item.mapping else { report(item, "a \(noun) is a mapping of \(keys.joined(separator: ", "))"); continue }
            guard let fields = fields(of: mapping, keys: keys, owner: "a \(noun)") else { return nil }
            guard let nameNode = fields["name"] else { report(item, "this \(noun) has no name"); continue }
            guard let name = text(nameNode, "name") else { continue }
            if let first = names[name.lowercased()] {
                report(nameNode, "\(noun) \(name) is listed twice: at line \(first) and here")
            } else {
                names[name.lowercased()] = nameNode.mark?.line ?? 1
            }
            if let entry = make(&self, fields, item, name) { entries.append(entry) }
        }
        return entries
    }

    private static func group(_ checker: inout Self, _ fields: [String: Node], _ node: Node, _ name: String) -> GroupEntry? {
        GroupEntry(name: name, description: fields["description"].flatMap { checker.text($0, "description") },
                   roles: checker.list(fields["roles"], "roles"), policies: checker.list(fields["policies"], "policies"),
                   line: node.mark?.line ?? 1)
    }

    private static func role(_ checker: inout Self, _ fields: [String: Node], _ node: Node, _ name: String) -> RoleEntry? {
        let type = fields["type"].flatMap { checker.text($0, "type") }
        if let type, !RoleEntry.types.contains(type), let typeNode = fields["type"] {
            checker.report(typeNode, "type is \(RoleEntry.types.joined(separator: " or ")), not '\(Visible.text(type))'")
        }
        return RoleEntry(name: name, type: type, description: fields["description"].flatMap { checker.text($0, "description") },
                         policies: checker.list(fields["policies"], "policies"), line: node.mark?.line ?? 1)
    }

    private static func policy(_ checker: inout Self, _ fields: [String: Node], _ node: Node, _ name: String) -> PolicyEntry? {
        guard let documentNode = fields["document"] else { checker.report(node, "policy \(name) has no document"); return nil }
        guard documentNode.mapping != nil, let data = try? JSONSerialization.data(withJSONObject: checker.plain(documentNode)) else {
            checker.report(documentNode, "policy \(name)'s document must be a mapping with Version and Statement")
            return nil
        }
        let problems = PolicyDocument.validate(json: data)
        for problem in problems { checker.report(documentNode, "policy \(name): \(problem)") }
        guard problems.isEmpty, let document = try? PolicyDocument(json: data) else { return nil }
        let typos = document.actionTypos()
        for typo in typos { checker.report(documentNode, "policy \(name): \(typo)") }
        guard typos.isEmpty else { return nil }
        return PolicyEntry(name: name, description: fields["description"].flatMap { checker.text($0, "description") },
                           document: document, line: node.mark?.line ?? 1)
    }

    /// A node as plain values for JSON: mappings, lists and text. The document node itself was
    /// visited with its policy; what is inside is visited here, once.
    private mutating func plain(_ node: Node, isRoot: Bool = true) -> Any {
        if !isRoot { guard visit(node) else { return "" } }
        if let mapping = node.mapping {
            var object: [String: Any] = [:]
            for (key, value) in mapping {
                guard visit(key) else { return object }
                object[key.scalar?.string ?? "?"] = plain(value, isRoot: false)
            }
            return object
        }
        if let sequence = node.sequence { return sequence.map { plain($0, isRoot: false) } }
        return node.scalar?.string ?? ""
    }

    /// A mapping's values by key: an unknown key is reported with the closest known one, a key
    /// given twice is reported; `nil` when a node was reached through an alias.
    private mutating func fields(of mapping: Node.Mapping, keys: [String], owner: String) -> [String: Node]? {
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard visit(key), visit(value) else { return nil }
            let name = key.scalar?.string ?? "?"
            guard keys.contains(name) else {
                report(key, Suggest.unknownKey(name, shown: Visible.text(name), known: keys, owner: owner))
                continue
            }
            if fields[name] != nil { report(key, "'\(name)' is given twice") }
            fields[name] = value
        }
        return fields
    }

    /// One user, checked field by field.
    private mutating func entry(_ node: Node) -> UsersDocumentEntry? {
        guard let mapping = node.mapping else { report(node, "a user is a mapping of \(Self.keyList)"); return nil }
        guard let fields = fields(of: mapping, keys: UsersDocumentReader.keys, owner: "a user") else { return nil }
        let line = node.mark?.line ?? 1
        guard let emailNode = fields["email"] else { report(node, "this user has no email"); return nil }
        let email = text(emailNode, "email")
        let firstName = text(fields["first_name"], "first_name", required: node)
        let lastName = text(fields["last_name"], "last_name", required: node)
        if let email {
            if !Self.isEmail(email) { report(emailNode, "'\(Visible.text(email))' is not an email address") }
            if let first = emails[email.lowercased()] {
                report(emailNode, "\(email) is listed twice: at line \(first) and here")
            } else {
                emails[email.lowercased()] = emailNode.mark?.line ?? line
            }
        }
        let acls = list(fields["acls"], "acls")
        for (item, acl) in zip(fields["acls"]?.sequence.map(Array.init) ?? [], acls ?? []) where !knownACLs.contains(acl) {
            let hint = Suggest.didYouMean(acl, among: knownACLs.sorted()) ?? "; 'vus -c \"ls acls\"' lists them"
            report(item, "unknown ACL '\(Visible.text(acl))'\(hint)")
        }
        let allowlist = list(fields["allowlist"], "allowlist")
        for (item, subnet) in zip(fields["allowlist"]?.sequence.map(Array.init) ?? [], allowlist ?? []) {
            if case .failure(let problem) = CIDRBlock.parse(subnet) { report(item, "\(problem)") }
        }
        let entry = UsersDocumentEntry(
            email: email ?? "", firstName: firstName ?? "", lastName: lastName ?? "",
            serviceUser: flag(fields["service_user"], "service_user"), apiEnabled: flag(fields["api_enabled"], "api_enabled"),
            acls: acls, allowlist: allowlist, groups: list(fields["groups"], "groups"), roles: list(fields["roles"], "roles"),
            policies: list(fields["policies"], "policies"), password: fields["password"].flatMap { text($0, "password") }, line: line)
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
}

/// A value as a message prints it: control characters shown as `\u{…}`, at most 80 characters.
enum Visible {
    static func text(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined().prefix(80))
    }
}
