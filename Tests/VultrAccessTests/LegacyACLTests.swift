import Testing
import VultrAccess

@Suite struct LegacyACLTests {
    @Test func mapsEveryDocumentedName() {
        let expected = [
            "abuse": "user.acl.Abuse", "activity_logs": "user.acl.ActivityLogs", "alerts": "user.acl.Alerts",
            "billing": "user.acl.Billing", "dns": "user.acl.DNS", "firewall": "user.acl.Firewall",
            "loadbalancer": "user.acl.LoadBalancer", "manage_users": "user.acl.ManageUsers",
            "objstore": "user.acl.ObjStore", "provisioning": "user.acl.Provisioning",
            "subscriptions": "user.acl.Subscriptions", "subscriptions_view": "user.acl.SubscriptionsView",
            "support": "user.acl.Support", "upgrade": "user.acl.Upgrade", "vke": "user.acl.VKE",
        ]
        #expect(LegacyACL.actionByName == expected)
        for action in expected.values { #expect(ActionCatalog.published.contains(action)) }
    }

    @Test func provisioningImpliesSubscriptions() {
        #expect(LegacyACL("provisioning").grantedActions
                == ["user.acl.Provisioning", "user.acl.Subscriptions", "user.acl.SubscriptionsView"])
        #expect(LegacyACL("Manage_Users").grantedActions == ["user.acl.ManageUsers"])
    }

    @Test func unknownNamesGrantNothing() {
        let acl = LegacyACL("root_access")
        #expect(!acl.isKnown)
        #expect(acl.grantedActions.isEmpty)
        #expect(acl.statement == nil)
        #expect(AccessPath.legacyACL(acl) == nil)
    }
}
