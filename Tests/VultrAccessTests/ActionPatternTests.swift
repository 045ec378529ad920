import Testing
import VultrAccess

@Suite struct ActionPatternTests {
    @Test(arguments: [
        ("*", "compute.instance.Delete", true),
        ("compute.*", "compute.instance.Delete", true),
        ("compute.*", "computer.instance.Delete", false),
        ("compute.*", "compute", false),
        ("compute.instance.*", "compute.instance.Create", true),
        ("compute.instance.*", "compute.baremetal.Create", false),
        ("compute.instance.Delete", "COMPUTE.INSTANCE.DELETE", true),
        ("Compute.Instance.delete", "compute.instance.Delete", true),
        ("compute.instance.Delete", "compute.instance.DeleteAll", false),
        ("*.Read", "iam.assumedrole.Read", true),
        ("*.Read", "iam.assumedrole.ReadOnly", false),
        ("compute.*.List", "compute.snapshot.List", true),
        ("compute.*.List", "compute.snapshot.ListPublic", false),
        ("*Delete", "storage.object.DeleteBucket", false),
        ("*Delete*", "storage.object.DeleteBucket", true),
        ("a*a*a", "aaaa", true),
        ("a*a*a", "aab", false),
        ("", "", true),
        ("", "x", false),
    ])
    func globMatching(pattern: String, action: String, expected: Bool) {
        #expect(ActionPattern(pattern).matches(action) == expected)
    }

    @Test func wildcardFlag() {
        #expect(ActionPattern("compute.*").isWildcard)
        #expect(!ActionPattern("compute.instance.Read").isWildcard)
    }

    @Test func coversMeansEqualOrBroader() {
        #expect(ActionPattern("*").covers("iam.*"))
        #expect(ActionPattern("iam.*").covers("iam.*"))
        #expect(ActionPattern("IAM.*").covers("iam.group.*"))
        #expect(!ActionPattern("iam.group.*").covers("iam.*"))
        #expect(ActionPattern("user.acl.*").covers("user.acl.ManageUsers"))
        #expect(!ActionPattern("user.acl.Manage").covers("user.acl.ManageUsers"))
    }

    @Test(arguments: ["compute.instance.Delete", "*", "compute.*", "compute.instance.*", "user.acl.VKE",
                      "*.Read", "storage_x.a1.B_2"])
    func wellFormed(_ text: String) {
        #expect(ActionPattern.isWellFormed(text))
    }

    @Test(arguments: ["", "compute", "compute.instance", "compute..Read", "compute.instance.Read.x",
                      "compute instance.x.Y", "compute.*.*.*", ".a.b", "compute.instance.Dé"])
    func malformed(_ text: String) {
        #expect(!ActionPattern.isWellFormed(text))
    }
}
