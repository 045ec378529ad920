import Testing
import VusTestSupport
import VusShell

@Suite("Suggest.closest")
struct SuggestTests {
    static let subcommands = ["users", "acls", "keys", "allow"]

    @Test("finds the intended word", arguments: [
        ("alc", ShellRegistry.standard.syntaxes.names, "acl"),
        ("ehco", ShellRegistry.standard.syntaxes.names, "echo"),
        ("whoiam", ShellRegistry.standard.syntaxes.names, "whoami"),
        ("SHOW", ShellRegistry.standard.syntaxes.names, "show"),
        ("user", subcommands, "users"),
        ("al", subcommands, "allow"),
        ("biling", Fixture.acls, "billing"),
        ("BILING", Fixture.acls, "billing"),
        ("subscriptions_v", Fixture.acls, "subscriptions_view"),
        ("manage-users", Fixture.acls, "manage_users"),
        ("emial", FilterKey.allCases.map(\.rawValue), "email"),
        ("stauts", FilterKey.allCases.map(\.rawValue), "status"),
    ] as [(String, [String], String)])
    func suggestion(word: String, candidates: [String], expected: String) {
        #expect(Suggest.closest(word, among: candidates) == expected)
    }

    @Test("stays quiet when nothing is close", arguments: [
        ("frobnicate", ShellRegistry.standard.syntaxes.names),
        ("x", ["ls"]),
        ("ls", ["rm"]),
        ("", ["a"]),
        ("a", subcommands),
        ("zzzzz", Fixture.acls),
        ("anything", []),
    ] as [(String, [String])])
    func noSuggestion(word: String, candidates: [String]) {
        #expect(Suggest.closest(word, among: candidates) == nil)
    }
}
