import Testing
import VultrAccess

@Suite struct ActionCatalogTests {
    let catalog = ActionCatalog.published

    @Test func holdsThePublishedList() {
        // 4+1+2+1+1+2+5 account, 22 compute, 6 container, 5 database, 17 iam, 5 kubernetes,
        // 20 network, 5 oidc, 19 storage, 8 support, 15 user.acl.
        #expect(catalog.actions.count == 16 + 22 + 6 + 5 + 17 + 5 + 20 + 5 + 19 + 8 + 15)
        #expect(catalog.contains("compute.iso.ListPublic"))
        #expect(catalog.contains("USER.ACL.vke"))
        #expect(!catalog.contains("compute.iso.Update"))
        #expect(catalog.services == ["account", "compute", "container", "database", "iam", "kubernetes",
                                     "network", "oidc", "storage", "support", "user"])
    }

    @Test func expandsWildcards() {
        #expect(catalog.expand("compute.instance.*") == [
            "compute.instance.Create", "compute.instance.Delete", "compute.instance.List",
            "compute.instance.Read", "compute.instance.Update",
        ])
        #expect(catalog.expand("iam.role.Attach*") == ["iam.role.AttachGroup", "iam.role.AttachPolicy", "iam.role.AttachUser"])
        #expect(catalog.expand("*").count == catalog.actions.count)
        #expect(catalog.expand("oidc.issuer.read") == ["oidc.issuer.Read"])
        #expect(catalog.expand("nothing.*").isEmpty)
    }

    @Test func customCatalogDropsRepeats() {
        #expect(ActionCatalog(actions: ["a.b.C", "A.B.c", "a.b.D"]).actions == ["a.b.C", "a.b.D"])
    }
}
