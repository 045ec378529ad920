import Foundation
import Testing
import VusTestSupport
import VultrAPI
@testable import VusLanguage
@testable import VusShell

/// Under `--format json` every command's stdout is one valid JSON document, and a change says
/// per user what it did, with any secret shown once inside it.
@Suite struct JSONOutputTests {
    /// Runs `line` on `shell`'s session under json; returns its stdout parsed, and its stderr.
    func json(_ shell: ShellFixture, _ line: String) async throws -> (value: Any, stderr: String) {
        shell.session.state.settings.format = .json
        shell.session.state.settings.assumeYes = true
        let script = try Parser.parse(line, context: ParserContext(sourceName: "t", variables: ["PW": "Long-Enough-Pw-1"])).get()
        let output = CapturedOutput()
        var status = ScriptRunner.Status()
        await ScriptRunner(context: shell.context, sink: output).run(script.statements, status: &status)
        #expect(status.exitCode == 0, "\(line): \(output.stderr)")
        let value = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8), options: .fragmentsAllowed)
        return (value, output.stderr)
    }

    @Test func readingCommandsPrintJSON() async throws {
        try await withShell { shell in
            for line in ["ls users", "ls acls", "whoami", "use alice.anderson@example.com", "show", "api",
                         "ls keys ci-bot@example.com", "ls allow", "use users email=*@contractor.com", "use -", "ls settings"] {
                _ = try await json(shell, line)
            }
            let api = try await json(shell, "api bob.hughes@example.com").value as? [[String: Any]]
            #expect(api?.first?["email"] as? String == "bob.hughes@example.com")
            #expect(api?.first?["api_enabled"] is Bool)
        }
    }

    @Test func changesPrintOneRecordPerUserAndChange() async throws {
        try await withShell { shell in
            _ = try await json(shell, "use bob.hughes@example.com")
            _ = try await json(shell, "api on")
            let off = try await json(shell, "api off").value as? [[String: Any]]
            #expect(off?.count == 1)
            #expect(off?.first?["email"] as? String == "bob.hughes@example.com")
            #expect(off?.first?["change"] as? String == "api off")
            #expect(off?.first?["outcome"] as? String == "changed")
            #expect(off?.first?["id"] is String)
            let again = try await json(shell, "api off").value as? [[String: Any]]
            #expect(again?.first?["outcome"] as? String == "unchanged")

            _ = try await json(shell, "use users email=*@contractor.com")
            let (_, stderr) = try await json(shell, "acl add billing")
            #expect(stderr.contains("acl add billing:"), "a summary note on stderr")
        }
    }

    @Test func aSetChangeIsOneDocument() async throws {
        try await withShell { shell in
            _ = try await json(shell, "use users email=*@contractor.com")
            let records = try await json(shell, "acl add billing").value as? [[String: Any]]
            let contractors = try await snapshot(shell.sandbox).filter { $0.email?.hasSuffix("@contractor.com") == true }
            #expect(records?.count == contractors.count)
            let outcomes: Set<String> = Set((records ?? []).compactMap { $0["outcome"] as? String })
            #expect(outcomes.isSubset(of: ["changed", "unchanged"]))
            #expect(contractors.allSatisfy { $0.acls.contains("billing") })
        }
    }

    @Test func secretsShownOnceAreInTheRecord() async throws {
        try await withShell { shell in
            _ = try await json(shell, "use alice.anderson@example.com")
            _ = try await json(shell, "api on")
            let key = try await json(shell, "key new deploy").value as? [[String: Any]]
            let secret = (key?.first?["key"] as? [String: Any])?["api_key"] as? String
            #expect(secret?.isEmpty == false && secret?.contains("*") == false, "the full key, once: \(String(describing: secret))")

            let created = try await json(shell, "create user robot@example.com first=Ro last=Bot service password=$PW").value as? [[String: Any]]
            #expect(created?.first?["outcome"] as? String == "changed")
            #expect((created?.first?["api_key"] as? String)?.isEmpty == false)
            #expect((created?.first?["id"] as? String)?.isEmpty == false)

            let removed = try await json(shell, "rm user robot@example.com").value as? [[String: Any]]
            #expect(removed?.first?["change"] as? String == "rm user")
            #expect(removed?.first?["outcome"] as? String == "changed")
        }
    }
}
