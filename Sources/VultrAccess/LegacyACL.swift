/// A legacy Vultr ACL name (`manage_users`, `billing`, …) and the managed-policy
/// actions it grants.
///
/// ACL `x` grants `user.acl.X` (table in ``grantedActions``); `provisioning` also
/// grants `subscriptions` and `subscriptions_view`. Names are compared ignoring case.
/// Unknown names grant nothing but stay on the user so reviews can report them.
public struct LegacyACL: Sendable, Hashable, CustomStringConvertible {
    /// The ACL name as the user record spells it.
    public let name: String

    /// Wraps an ACL name.
    public init(_ name: String) { self.name = name }

    /// The snake-case ACL names Vultr documents, mapped to their `user.acl` action.
    public static let actionByName: [String: String] = [
        "abuse": "user.acl.Abuse",
        "activity_logs": "user.acl.ActivityLogs",
        "alerts": "user.acl.Alerts",
        "billing": "user.acl.Billing",
        "dns": "user.acl.DNS",
        "firewall": "user.acl.Firewall",
        "loadbalancer": "user.acl.LoadBalancer",
        "manage_users": "user.acl.ManageUsers",
        "objstore": "user.acl.ObjStore",
        "provisioning": "user.acl.Provisioning",
        "subscriptions": "user.acl.Subscriptions",
        "subscriptions_view": "user.acl.SubscriptionsView",
        "support": "user.acl.Support",
        "upgrade": "user.acl.Upgrade",
        "vke": "user.acl.VKE",
    ]

    /// ACLs that bring others with them.
    static let implied: [String: [String]] = [
        "provisioning": ["subscriptions", "subscriptions_view"],
    ]

    /// Whether Vultr documents this ACL name.
    public var isKnown: Bool { Self.actionByName[name.lowercased()] != nil }

    /// The actions the ACL grants: its own first, then those of implied ACLs.
    /// Empty for unknown names.
    public var grantedActions: [String] {
        let key = name.lowercased()
        guard let own = Self.actionByName[key] else { return [] }
        return [own] + (Self.implied[key] ?? []).compactMap { Self.actionByName[$0] }
    }

    /// The synthetic Allow statement standing for the ACL (every resource);
    /// `nil` for unknown names.
    public var statement: PolicyStatement? {
        let actions = grantedActions
        return actions.isEmpty ? nil : PolicyStatement(effect: .allow, actions: actions)
    }

    /// The ACL name.
    public var description: String { name }
}
