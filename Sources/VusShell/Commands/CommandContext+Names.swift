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

    /// The organization's groups, roles or policies, as the objects changes name.
    func objects(of noun: IAMNoun) async throws -> [OrganizationObject] {
        let client = try client
        return switch noun {
        case .group: try await client.groups().map(OrganizationObject.init)
        case .role: try await client.roles().map(OrganizationObject.init)
        case .policy: try await client.policies().map(OrganizationObject.init)
        }
    }

    /// The names of the organization's groups, roles or policies.
    func names(of noun: IAMNoun) async throws -> [String] {
        try await objects(of: noun).map(\.name)
    }
}
