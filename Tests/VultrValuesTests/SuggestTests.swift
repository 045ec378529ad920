import Testing
import VultrValues

@Suite("Suggest.closest")
struct SuggestTests {
    static let commands = ["ls", "use", "show", "whoami", "api", "acl", "email", "create", "rm", "key", "allow", "group",
                           "role", "policy", "echo", "let", "set", "help", "exit", "undo", "export", "plan", "apply"]
    static let subcommands = ["users", "acls", "keys", "allow"]
    static let acls = ["abuse", "activity_logs", "alerts", "billing", "dns", "firewall", "loadbalancer", "manage_users",
                       "objstore", "provisioning", "subscriptions", "subscriptions_view", "support", "upgrade"]
    static let filterKeys = ["acl", "api", "email", "id", "name", "service", "status", "suspended", "group", "role", "policy",
                             "last_activity", "invited_on", "keys", "sort"]

    @Test("finds the intended word", arguments: [
        ("alc", commands, "acl"),
        ("ehco", commands, "echo"),
        ("whoiam", commands, "whoami"),
        ("SHOW", commands, "show"),
        ("user", subcommands, "users"),
        ("al", subcommands, "allow"),
        ("biling", acls, "billing"),
        ("BILING", acls, "billing"),
        ("subscriptions_v", acls, "subscriptions_view"),
        ("manage-users", acls, "manage_users"),
        ("emial", filterKeys, "email"),
        ("stauts", filterKeys, "status"),
    ] as [(String, [String], String)])
    func suggestion(word: String, candidates: [String], expected: String) {
        #expect(Suggest.closest(word, among: candidates) == expected)
    }

    @Test("stays quiet when nothing is close", arguments: [
        ("frobnicate", commands),
        ("x", ["ls"]),
        ("ls", ["rm"]),
        ("", ["a"]),
        ("a", subcommands),
        ("zzzzz", acls),
        ("anything", []),
    ] as [(String, [String])])
    func noSuggestion(word: String, candidates: [String]) {
        #expect(Suggest.closest(word, among: candidates) == nil)
    }
}
