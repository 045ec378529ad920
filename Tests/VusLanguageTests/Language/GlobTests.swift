import Testing
import VusTestSupport
import VusShell

@Suite("Glob.matches")
struct GlobTests {
    @Test("matches * and ? case-insensitively", arguments: [
        ("*@example.com", "Bob@Example.COM", true),
        ("*@example.com", "bob@example.org", false),
        ("a?c", "abc", true),
        ("a?c", "ac", false),
        ("a?c", "abbc", false),
        ("*", "", true),
        ("*", "anything", true),
        ("", "", true),
        ("", "a", false),
        ("a*b*c", "axxbyyc", true),
        ("a*b*c", "axxbyy", false),
        ("sub*", "subscriptions_view", true),
        ("*view", "subscriptions_view", true),
        ("**a", "a", true),
        ("?", "ë", true),
        ("zo?@*", "zoë@x.com", true),
        ("[ab]", "a", false),
        ("[ab]", "[AB]", true),
        ("a.c", "abc", false),
        ("exact", "exact", true),
        ("exact", "exactly", false),
    ] as [(String, String, Bool)])
    func globs(pattern: String, text: String, expected: Bool) {
        #expect(Glob.matches(pattern, text) == expected)
    }

    @Test("does not blow up on patterns with many stars")
    func manyStars() {
        let text = String(repeating: "a", count: 2_000)
        #expect(!Glob.matches(String(repeating: "*a", count: 50) + "b", text))
        #expect(Glob.matches(String(repeating: "*a", count: 50), text))
    }
}
