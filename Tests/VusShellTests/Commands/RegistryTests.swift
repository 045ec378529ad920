import Foundation
import Testing
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// The registry is the language: every command is documented, and a new command is one type
/// plus one registry line, with parsing, completion, hints and help following from its syntax.
@Suite struct RegistryTests {
    @Test("every command word is listed once, plus the quit alias; every verb and keyword selects one form")
    func names() {
        let registry = ShellRegistry.standard
        #expect(Set(registry.syntaxes.verbs).count == registry.syntaxes.verbs.count)
        #expect(registry.syntaxes.names == registry.syntaxes.verbs + ["quit"])
        for verb in registry.syntaxes.verbs {
            let forms = registry.forms(of: verb)
            let keywords = forms.flatMap { $0.syntax.keywords.map(\.word) }
            #expect(Set(keywords).count == keywords.count, "\(verb): a keyword selects two forms")
            #expect(forms.filter { $0.syntax.keywords.isEmpty }.count <= 1, "\(verb): two forms without a keyword")
        }
    }

    @Test("the README's command table is the registry's, form by form")
    func readmeTableIsCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let expected = HelpText.markdownTable(ShellRegistry.standard)
        let begin = "<!-- commands: generated from the registry; RegistryTests fails when this is stale -->\n"
        let end = "<!-- end of commands -->"
        let table = readme.range(of: begin).flatMap { start in
            readme.range(of: end, range: start.upperBound..<readme.endIndex).map { String(readme[start.upperBound..<$0.lowerBound]) }
        }
        if table != expected {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("README-commands.md")
            try expected.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("README.md's command table is stale: paste \(file.path) between its markers")
        }
    }

    @Test("every form is documented and its examples parse", arguments: ShellRegistry.standard.commands.map { $0.syntax.usage })
    func documented(usage: String) throws {
        let form = try #require(ShellRegistry.standard.commands.first { $0.syntax.usage == usage })
        let syntax = form.syntax
        #expect(!syntax.summary.isEmpty && !syntax.details.isEmpty && !syntax.examples.isEmpty)
        #expect(!syntax.details.contains("\\\n"), "a '\\' before a line end shows in help: \(usage)")
        for example in syntax.examples {
            #expect(errors(example, variables: ["PW": "pw", "domain": "x.com"]) == [], "\(example)")
        }
        #expect(errors("help \(syntax.verb)") == [])
    }

    @Test("where filters are taken, no option shares a filter's name (the filter would win)")
    func optionsAndFiltersDoNotShareNames() {
        for form in ShellRegistry.standard.commands where form.syntax.parameters.contains(where: { $0.kind == .filter }) {
            let shared = form.syntax.options.map(\.key).filter { FilterKey(rawValue: $0) != nil }
            #expect(shared.isEmpty, "\(form.syntax.usage): \(shared)")
        }
    }

    /// A command written the way every command is: one type, one registry line.
    struct Greet: ShellCommand {
        static let syntax = CommandSyntax(
            verb: "greet", parameters: [user.parameter], options: [loud.spec],
            summary: "Greet a user", details: "Say hello.", examples: ["greet bob@example.com"], needsAccount: false)
        static let user: TypedParameter<UserRef> = .one("user", .user)
        static let loud: TypedOption<Bool?> = .optional("loud", .toggle, placeholder: "on|off")
        let user: UserRef
        let loud: Bool?
        init(_ arguments: ParsedArguments) {
            user = arguments[Self.user]
            loud = arguments[Self.loud]
        }
        func run(in context: CommandContext) async throws -> CommandResult { CommandResult(.text("hello")) }
    }

    /// `ls keys-older-than 90d`, written as a new command would be: this type, one registry line.
    struct ListOldKeys: ShellCommand {
        static let age: TypedParameter<Age> = .one("age", .age)
        static let syntax = CommandSyntax(
            verb: "ls", keywords: ["keys-older-than"], parameters: [age.parameter],
            summary: "List API keys older than an age", details: "Keys created before the age.",
            examples: ["ls keys-older-than 90d"], needsAccount: false)
        let age: Age
        init(_ arguments: ParsedArguments) { age = arguments[Self.age] }
        func run(in context: CommandContext) async throws -> CommandResult { CommandResult(.text("\(age.days) days")) }
    }

    @Test("adding ls keys-older-than is its type and one registry line: parsing, typos, completion, help")
    func addingAListingWithAnAge() throws {
        let registry = ShellRegistry(ShellRegistry.standardCommands + [ListOldKeys.self])
        let context = ParserContext(sourceName: "t", registry: registry)
        let script = try Parser.parse("ls keys-older-than 12w", context: context).get()
        #expect((script.statements.first?.command as? ListOldKeys)?.age.days == 84)
        guard case .failure(let bad) = Parser.parse("ls keys-older-than soon", context: context) else { Issue.record("parsed"); return }
        #expect(bad.diagnostics.first?.message == "age takes an age like 30d (days) or 12w (weeks), got 'soon'")
        guard case .failure(let typo) = Parser.parse("ls keys-oldr-than 9d", context: context) else { Issue.record("parsed"); return }
        #expect(typo.diagnostics.first?.message.contains("did you mean 'keys-older-than'?") == true, "\(typo.diagnostics)")
        let completer = Completer(session: try Session(connection: nil, settings: Settings()), registry: registry, fetchBudget: .milliseconds(1))
        #expect(completer.complete("ls keys-o").candidates == ["keys-older-than"])
        #expect(completer.hint("ls keys-older-than ") == "<age>")
        #expect(HelpText.topic("ls", keyword: "keys-older-than", in: registry).contains("usage: ls keys-older-than <age>"))
    }

    @Test("a new command gets parsing, completion, hints and help from its syntax alone")
    func addingACommand() async throws {
        let registry = ShellRegistry(ShellRegistry.standardCommands + [Greet.self])
        let context = ParserContext(sourceName: "t", registry: registry)
        let script = try Parser.parse("greet #2", context: context).get()
        #expect((script.statements.first?.command as? Greet)?.user == .row(2))
        guard case .failure(let list) = Parser.parse("gret bob", context: context) else { Issue.record("typo parsed"); return }
        #expect(list.diagnostics.first?.message == "unknown command 'gret'; did you mean 'greet'?")
        guard case .failure(let bad) = Parser.parse("greet louder=on bob@x.com", context: context) else { Issue.record("bad option parsed"); return }
        #expect(bad.diagnostics.first?.message == "unknown option 'louder'; did you mean 'loud'? Options: loud")

        let session = try Session(connection: nil, settings: Settings())
        let completer = Completer(session: session, registry: registry, fetchBudget: .milliseconds(1))
        #expect(completer.complete("gre").candidates == ["greet"])
        #expect(completer.complete("greet bob@x.com lo").candidates == ["loud=on", "loud=off"])
        #expect(completer.hint("greet ") == "<user> [loud=<on|off>]")
        let help = HelpText.topic("greet", keyword: nil, in: registry)
        #expect(help.contains("usage: greet <user> [loud=<on|off>]") && help.contains("greet bob@example.com"))
        #expect(HelpText.overview(registry).contains("Greet a user"))
        #expect(!HelpText.overview(.standard).contains("Greet a user"))
    }
}
