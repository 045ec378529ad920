import VultrOpenAPI

/// The IAM organization an account is. Vultr accounts have one (created with IAM); one without
/// IAM has none.
public struct Organization: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// As Vultr writes it, e.g. `Team`.
    public var type: String
    public var createdOn: String?

    public init(id: String, name: String, type: String = "", createdOn: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.createdOn = createdOn
    }

    enum CodingKeys: String, CodingKey {
        case id, name, type
        case createdOn = "date_created"
    }

    init(_ wire: Components.Schemas.Organization) {
        self.init(id: wire.id, name: wire.name ?? "", type: wire._type ?? "", createdOn: wire.dateCreated)
    }

    /// The bare object (govultr's form) or the `organization` envelope (the document's).
    init(_ answer: Components.Schemas.OrganizationAnswer) throws {
        guard let wire = answer.value1 ?? answer.value2?.organization else { throw VultrClient.emptyAnswer("organization") }
        self.init(wire)
    }
}

/// A member of the organization as its IAM listings show one: suspended members, group
/// members, the users a policy is attached to.
public struct OrganizationMember: Hashable, Sendable, Codable, Identifiable {
    /// The user's id, as in ``User/id``.
    public var id: String
    public var email: String?
    public var name: String?
    /// When the member was suspended; `nil` for one who is not.
    public var suspendedOn: String?
    /// When they were added to the group, or given the policy.
    public var assignedOn: String?

    public init(id: String, email: String? = nil, name: String? = nil, suspendedOn: String? = nil, assignedOn: String? = nil) {
        self.id = id
        self.email = email
        self.name = name
        self.suspendedOn = suspendedOn
        self.assignedOn = assignedOn
    }

    enum CodingKeys: String, CodingKey {
        case id, email, name
        case suspendedOn = "date_suspended", assignedOn = "assigned_date"
    }

    init(_ wire: Components.Schemas.MemberUser) {
        let name = wire.name ?? wire.displayName ?? [wire.firstName, wire.lastName].compactMap { $0 }.joined(separator: " ")
        self.init(id: wire.id, email: wire.email, name: name.isEmpty ? nil : name,
                  suspendedOn: wire.dateSuspended.flatMap { $0.isEmpty ? nil : $0 }, assignedOn: wire.assignedDate)
    }
}
