import VultrOpenAPI

/// A role: a set of policies given to users and groups (`assignable`) or taken up for a while
/// through a role trust (`assumable`).
public struct Role: Hashable, Sendable, Codable, Identifiable {
    /// How a role is held.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Held permanently by the users and groups it is assigned to.
        case assignable
        /// Taken up for a session by those a role trust names.
        case assumable
    }

    public var id: String
    public var name: String
    public var description: String
    /// As Vultr writes it: `assignable` or `assumable` (Vultr's document also names `user` and `service`).
    public var type: String
    public var maxSessionDuration: Int?
    /// The policies inside it, as its own answer lists them.
    public var policies: [PolicyReference]
    public var createdOn: String?

    public init(id: String, name: String, description: String = "", type: String = Kind.assignable.rawValue,
                maxSessionDuration: Int? = nil, policies: [PolicyReference] = [], createdOn: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.type = type
        self.maxSessionDuration = maxSessionDuration
        self.policies = policies
        self.createdOn = createdOn
    }

    /// ``type`` when it is one vus knows.
    public var kind: Kind? { Kind(rawValue: type.lowercased()) }

    enum CodingKeys: String, CodingKey {
        case id, name, description, policies
        case type = "role_type", maxSessionDuration = "max_session_duration", createdOn = "date_created"
    }

    init(_ wire: Components.Schemas.Role) {
        self.init(id: wire.id, name: wire.name ?? "", description: wire.description ?? "", type: wire.roleType ?? "",
                  maxSessionDuration: wire.maxSessionDuration, policies: (wire.policies ?? []).map(PolicyReference.init),
                  createdOn: wire.dateCreated)
    }

    init(_ answer: Components.Schemas.RoleAnswer) throws {
        guard let wire = answer.value1 ?? answer.value2?.role else { throw VultrClient.emptyAnswer("role") }
        self.init(wire)
    }
}

/// A role or policy in a user's or group's view: held directly, or through a group or role.
public struct Held<Item: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    public var direct: [Item]
    public var inherited: [Item]
    public var all: [Item] { direct + inherited }

    public init(direct: [Item], inherited: [Item]) {
        self.direct = direct
        self.inherited = inherited
    }
}

/// A role as a view lists it.
public struct RoleReference: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var type: String

    public init(id: String, name: String, type: String) {
        self.id = id
        self.name = name
        self.type = type
    }

    init(_ wire: Components.Schemas.RoleSummary) {
        self.init(id: wire.id ?? wire.roleId ?? "", name: wire.name ?? wire.displayName ?? wire.roleName ?? "",
                  type: wire.roleType ?? "")
    }
}

extension Held where Item == RoleReference {
    /// govultr's `{all, direct, inherited}` or the document's flat list (all held directly).
    init(_ view: Components.Schemas.RoleView.RolesPayload) {
        switch view {
        case .RoleViewParts(let parts):
            self.init(direct: (parts.direct ?? []).map(RoleReference.init),
                      inherited: (parts.inherited ?? []).map(RoleReference.init))
        case .case2(let list):
            self.init(direct: list.map(RoleReference.init), inherited: [])
        }
    }
}
