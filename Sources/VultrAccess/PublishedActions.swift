/// Vultr's published IAM action maps as of 2026, kept as data.
///
/// The published list is partial for iam, compute, network and storage (Vultr has
/// not mapped every endpoint); the catalog is exactly that list, so a wildcard's
/// expansion is "the published actions it covers", not necessarily every operation.
enum PublishedActions {
    /// (resource prefix, operations) pairs, in the order Vultr publishes them.
    static let families: [(prefix: String, operations: [String])] = [
        // account
        ("account.auditlog", ["Create", "List", "Read", "Update"]),
        ("account.bandwidth", ["Read"]),
        ("account.bgp", ["Read", "Update"]),
        ("account.billing", ["Read"]),
        ("account.log", ["List"]),
        ("account.plan", ["List", "ListBareMetal"]),
        ("account.user", ["Create", "List", "Read", "Update", "Delete"]),
        // compute
        ("compute.instance", ["Create", "Delete", "List", "Read", "Update"]),
        ("compute.baremetal", ["Create", "Delete", "List", "Read", "Update"]),
        ("compute.backup", ["List", "Read", "Update"]),
        ("compute.snapshot", ["Create", "Delete", "List", "Read", "Update"]),
        ("compute.iso", ["Create", "Delete", "List", "ListPublic"]),
        // container
        ("container.registry", ["Create", "CreateDockerCredentials", "Delete", "List", "Read", "Update"]),
        // database
        ("database.instance", ["Create", "Delete", "List", "Read", "Update"]),
        // iam
        ("iam.group", ["AddMember", "Create", "Delete", "List", "ListPolicies", "ListRoles", "Read",
                       "RemoveMember", "Update"]),
        ("iam.role", ["AssumeRole", "AttachGroup", "AttachPolicy", "AttachUser", "Create", "Delete", "Read"]),
        ("iam.assumedrole", ["Read"]),
        // kubernetes
        ("kubernetes.cluster", ["Create", "Delete", "List", "Read", "Update"]),
        // network
        ("network.dns", ["Create", "Delete", "List", "Read", "Update"]),
        ("network.firewall", ["Create", "Delete", "List", "Read", "Update"]),
        ("network.loadbalancer", ["Create", "Delete", "List", "Read", "Update"]),
        ("network.reservedip", ["Create", "Delete", "List", "Read", "Update"]),
        // oidc
        ("oidc.issuer", ["Create", "Delete", "List", "Read", "Update"]),
        // storage
        ("storage.block", ["Create", "Delete", "List", "Read", "Update"]),
        ("storage.vfs", ["Create", "Delete", "List", "Read", "Update"]),
        ("storage.object", ["Create", "Delete", "List", "Read", "Update", "RegenerateKeys", "GetUserKeys",
                            "CreateBucket", "DeleteBucket"]),
        // support
        ("support.ticket", ["Create", "Read", "List", "Close", "CreateReply", "ListReplies", "GetAttachment",
                            "CreateReview"]),
        // user.acl (the managed-policy form of the legacy ACLs)
        ("user.acl", ["Billing", "DNS", "Firewall", "ManageUsers", "Subscriptions", "SubscriptionsView",
                      "Provisioning", "Upgrade", "Support", "ObjStore", "LoadBalancer", "VKE", "Abuse",
                      "Alerts", "ActivityLogs"]),
    ]

    /// Every action, flattened in publication order.
    static let all: [String] = families.flatMap { family in
        family.operations.map { "\(family.prefix).\($0)" }
    }
}
