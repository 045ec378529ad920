import VultrAPI

extension CommandContext {
    /// The group named `name` (any case), or an error naming the closest.
    func group(named name: String) async throws -> Group {
        try NamedEntity.find(name, in: try await client.groups(), noun: .group, name: \.name)
    }

    /// The role named `name` (any case), or an error naming the closest.
    func role(named name: String) async throws -> Role {
        try NamedEntity.find(name, in: try await client.roles(), noun: .role, name: \.name)
    }

    /// The policy named `name` (any case), or an error naming the closest.
    func policy(named name: String) async throws -> Policy {
        try NamedEntity.find(name, in: try await client.policies(), noun: .policy, name: \.name)
    }
}
