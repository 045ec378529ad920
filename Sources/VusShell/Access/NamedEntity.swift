import VultrAPI

/// Finds a group, role or policy by the name written (any case): one that is not there is an
/// error naming the closest one, never a guess.
enum NamedEntity {
    static func find<T>(_ name: String, in items: [T], noun: String, name itemName: (T) -> String) throws -> T {
        if let found = items.first(where: { itemName($0).lowercased() == name.lowercased() }) { return found }
        let names = items.map(itemName)
        let suggestion = Suggest.closest(name, among: names).map { "; did you mean '\($0)'?" } ?? "; 'ls \(noun)s' lists them"
        throw ShellError("no \(noun) named '\(name)'\(suggestion)")
    }
}

extension CommandContext {
    /// The group named `name` (any case), or an error naming the closest.
    func group(named name: String) async throws -> Group {
        try NamedEntity.find(name, in: try await client.groups(), noun: "group", name: \.name)
    }

    /// The role named `name` (any case), or an error naming the closest.
    func role(named name: String) async throws -> Role {
        try NamedEntity.find(name, in: try await client.roles(), noun: "role", name: \.name)
    }

    /// The policy named `name` (any case), or an error naming the closest.
    func policy(named name: String) async throws -> Policy {
        try NamedEntity.find(name, in: try await client.policies(), noun: "policy", name: \.name)
    }
}

extension OrganizationObject {
    init(_ group: Group) { self.init(kind: .group, id: group.id, name: group.name) }
    init(_ role: Role) { self.init(kind: .role, id: role.id, name: role.name) }
    init(_ policy: Policy) { self.init(kind: .policy, id: policy.id, name: policy.name) }
}
