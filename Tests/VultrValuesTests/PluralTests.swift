import Testing
import VultrValues

@Suite struct PluralTests {
    @Test func oneIsSingularAndEveryOtherCountPlural() {
        #expect(Plural.count(1, "trust") == "1 trust")
        #expect(Plural.count(0, "trust") == "0 trusts")
        #expect(Plural.count(3, "user") == "3 users")
        #expect(Plural.count(1, "policy", "policies") == "1 policy")
        #expect(Plural.count(28, "policy", "policies") == "28 policies")
    }
}
