extension ACL {
    /// What the permission allows, in a few words; empty for a name Vultr has not documented.
    public var summary: String { Self.summaries[rawValue] ?? "" }

    private static let summaries: [String: String] = [
        "abuse": "view and answer abuse reports",
        "activity_logs": "read the account's activity log",
        "alerts": "manage monitoring alerts",
        "billing": "see invoices and manage payment",
        "dns": "manage DNS domains and records",
        "firewall": "manage firewall groups and rules",
        "loadbalancer": "manage load balancers",
        "manage_users": "manage users and their API access",
        "objstore": "manage object storage",
        "provisioning": "deploy and destroy instances",
        "subscriptions": "manage existing instances and services",
        "subscriptions_view": "view instances and services",
        "support": "open and answer support tickets",
        "upgrade": "upgrade plans",
    ]
}
