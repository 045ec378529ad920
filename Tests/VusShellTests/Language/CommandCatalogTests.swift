import Testing
import VusShell

@Suite("CommandCatalog")
struct CommandCatalogTests {
    static let expectedNames = [
        "ls", "use", "show", "whoami", "api", "acl", "email", "create", "rm", "key", "allow",
        "set", "echo", "source", "help", "exit",
    ]

    @Test("lists every command once, plus the quit alias")
    func names() {
        #expect(CommandCatalog.all.map(\.name) == Self.expectedNames)
        #expect(CommandCatalog.names == Self.expectedNames + ["quit"])
    }

    @Test("finds specs case-insensitively and resolves quit to exit")
    func lookup() {
        #expect(CommandCatalog.spec(named: "quit")?.name == "exit")
        #expect(CommandCatalog.spec(named: "ACL")?.name == "acl")
        #expect(CommandCatalog.spec(named: "nope") == nil)
    }

    @Test("every spec is documented", arguments: CommandCatalog.all.map(\.name))
    func documented(name: String) throws {
        let spec = try #require(CommandCatalog.spec(named: name))
        #expect(!spec.summary.isEmpty)
        #expect(!spec.details.isEmpty)
        #expect(!spec.usage.isEmpty)
        let usageNames = Set(spec.usage.compactMap { $0.split(separator: " ").first.map(String.init) })
        #expect(usageNames.isSubset(of: [name, "quit"]))
        #expect(commands("help \(name)") == [.help(name)])
    }

    @Test("subcommands match what the parser accepts", arguments: [
        ("ls", ["users", "acls", "keys", "allow"]),
        ("use", ["users", "-"]),
        ("api", ["on", "off"]),
        ("acl", ["add", "rm", "set"]),
        ("create", ["user"]),
        ("rm", ["user"]),
        ("key", ["new", "rm"]),
        ("allow", ["add", "rm"]),
        ("set", ["format", "on-error", "dry-run"]),
        ("whoami", []),
    ] as [(String, [String])])
    func subcommands(name: String, expected: [String]) {
        #expect(CommandCatalog.spec(named: name)?.subcommands == expected)
    }

    @Test("the examples in help details parse")
    func examplesParse() {
        for spec in CommandCatalog.all {
            let examples = spec.details.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.contains("...") }
            for example in examples {
                #expect(errors(String(example), variables: ["user": "u@x.com"]) == [], "\(spec.name): \(example)")
            }
        }
    }
}
