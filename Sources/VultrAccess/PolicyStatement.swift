/// One statement of a policy document: an effect, the action patterns it covers and
/// the resources it is limited to.
///
/// JSON keys are Vultr's exactly: `Effect`, `Action`, `Resource`. `Action` and
/// `Resource` decode from a string or a list; both are always encoded as lists.
/// An absent (or `null`) `Resource` means `"*"`, every resource.
public struct PolicyStatement: Codable, Sendable, Hashable {
    /// Allow or deny.
    public var effect: PolicyEffect
    /// Action names or glob patterns such as `compute.instance.Delete`, `compute.*`, `*`.
    public var actions: [String]
    /// Resource ids the statement is limited to; `"*"` means every resource.
    public var resources: [String]

    /// Creates a statement; `resources` defaults to every resource.
    public init(effect: PolicyEffect, actions: [String], resources: [String] = ["*"]) {
        self.effect = effect
        self.actions = actions
        self.resources = resources
    }

    /// True when the statement is not limited to particular resource ids (its
    /// resource list contains `"*"`).
    public var coversAllResources: Bool { resources.contains("*") }

    /// A short human form, e.g. `Allow compute.*` or `Deny compute.instance.Delete on i-1, i-2`.
    public var summary: String {
        let head = "\(effect.rawValue) \(actions.joined(separator: ", "))"
        return coversAllResources ? head : "\(head) on \(resources.joined(separator: ", "))"
    }

    enum CodingKeys: String, CodingKey {
        case effect = "Effect"
        case actions = "Action"
        case resources = "Resource"
    }

    /// Decodes `Effect` (case-insensitive), `Action` and `Resource` (string or list).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        effect = try container.decode(PolicyEffect.self, forKey: .effect)
        actions = try container.decode(StringOrList.self, forKey: .actions).values
        resources = try container.decodeIfPresent(StringOrList.self, forKey: .resources)?.values ?? ["*"]
    }

    /// Encodes with Vultr's keys; `Action` and `Resource` as lists.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(effect, forKey: .effect)
        try container.encode(actions, forKey: .actions)
        try container.encode(resources, forKey: .resources)
    }
}
