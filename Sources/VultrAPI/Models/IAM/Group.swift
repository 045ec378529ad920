import VultrOpenAPI

/// A group of members; roles and policies attached to it apply to each member.
public struct Group: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    /// Its members, as the group's own answer lists them.
    public var members: [OrganizationMember]
    public var createdOn: String?

    public init(id: String, name: String, description: String = "", members: [OrganizationMember] = [], createdOn: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.members = members
        self.createdOn = createdOn
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, members
        case createdOn = "date_created"
    }

    init(_ wire: Components.Schemas.Group) {
        self.init(id: wire.id, name: wire.displayName ?? "", description: wire.description ?? "",
                  members: (wire.members ?? []).map(OrganizationMember.init), createdOn: wire.dateCreated)
    }

    init(_ answer: Components.Schemas.GroupAnswer) throws {
        guard let wire = answer.value1 ?? answer.value2?.group else { throw VultrClient.emptyAnswer("group") }
        self.init(wire)
    }
}
