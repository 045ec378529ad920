import VultrAccess
import VultrOpenAPI

/// A permission policy: a document of Allow and Deny statements. Managed policies are kept by
/// Vultr and cannot be changed; custom ones are the account's own.
public struct Policy: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    public var document: PolicyDocument
    /// Kept by Vultr (`is_system_policy`).
    public var isManaged: Bool
    public var createdOn: String?

    public init(id: String, name: String, description: String = "", document: PolicyDocument,
                isManaged: Bool = false, createdOn: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.document = document
        self.isManaged = isManaged
        self.createdOn = createdOn
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description
        case document = "policy_document", isManaged = "is_system_policy", createdOn = "date_created"
    }

    init(_ wire: Components.Schemas.Policy) {
        self.init(id: wire.id, name: wire.name ?? "", description: wire.description ?? "",
                  document: PolicyDocument(wire.policyDocument, version: wire.version),
                  isManaged: wire.isSystemPolicy ?? false, createdOn: wire.dateCreated)
    }

    init(_ answer: Components.Schemas.PolicyAnswer) throws {
        guard let wire = answer.value1 ?? answer.value2?.policy else { throw VultrClient.emptyAnswer("policy") }
        self.init(wire)
    }
}

/// A policy as a view lists it: whole (govultr) or only named (Vultr's document).
public struct PolicyReference: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// The role it comes from, for a policy held through a role.
    public var fromRole: String?

    public init(id: String, name: String, fromRole: String? = nil) {
        self.id = id
        self.name = name
        self.fromRole = fromRole
    }

    init(_ wire: Components.Schemas.PolicySummary) {
        self.init(id: wire.id ?? wire.policyId ?? "", name: wire.name ?? wire.policyName ?? "", fromRole: wire.fromRole)
    }
}

extension Held where Item == PolicyReference {
    /// govultr's `{all, direct, inherited}` (a group's inherited part is `from_roles`), or the
    /// document's flat list.
    init(_ view: Components.Schemas.PolicyView.PoliciesPayload) {
        switch view {
        case .PolicyViewParts(let parts):
            self.init(direct: (parts.direct ?? []).map(PolicyReference.init),
                      inherited: (parts.inherited ?? parts.fromRoles ?? []).map(PolicyReference.init))
        case .case2(let list):
            self.init(direct: list.map(PolicyReference.init), inherited: [])
        }
    }
}

extension PolicyDocument {
    /// A document as the wire carries it. A statement whose effect is neither Allow nor Deny is
    /// kept as a Deny: reading a document must never widen what it grants.
    init(_ wire: Components.Schemas.PolicyDocument?, version: String?) {
        let statements = (wire?.statement ?? []).map { statement in
            PolicyStatement(effect: statement.effect.flatMap(PolicyEffect.init(caseInsensitive:)) ?? .deny,
                            actions: Self.list(statement.action), resources: Self.list(statement.resource) ?? ["*"])
        }
        self.init(version: wire?.version ?? version ?? PolicyDocument.currentVersion, statements: statements)
    }

    private static func list(_ value: Components.Schemas.PolicyStatement.ActionPayload?) -> [String] {
        switch value {
        case .case1(let one): [one]
        case .case2(let many): many
        case nil: []
        }
    }

    private static func list(_ value: Components.Schemas.PolicyStatement.ResourcePayload?) -> [String]? {
        switch value {
        case .case1(let one): [one]
        case .case2(let many): many
        case nil: nil
        }
    }

    /// The document as the wire carries it.
    var wire: Components.Schemas.PolicyDocument {
        .init(version: version, statement: statements.map { statement in
            .init(effect: statement.effect.rawValue, action: .case2(statement.actions), resource: .case2(statement.resources))
        })
    }
}
