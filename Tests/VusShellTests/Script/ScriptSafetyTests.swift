import Foundation
import Testing
import VusTestSupport
import VultrAPI
import VultrSandbox
@testable import VusLanguage
@testable import VusShell

/// What makes scripts safe: parsed whole first, re-runnable, dry runs that send nothing.
@Suite struct ScriptSafetyTests {
    static let offboarding = """
        #!/usr/bin/env vus
        # Offboard every contractor: no API access, no keys.
        use users email=*@contractor.com
        api off
        key rm all
        """

    @Test func offboardingDisablesEveryContractorAndRemovesTheirKeys() async throws {
        try await withShell(users: 60) { shell in
            let before = try await snapshot(shell.sandbox)
            let contractors = before.filter { $0.email?.hasSuffix("@contractor.com") == true }
            #expect(contractors.contains { $0.apiEnabled == true }, "the fixture has work to do")

            let (status, _) = await shell.run(Self.offboarding)
            #expect(status == 0, "\(shell.output.stderr)")

            let after = try await snapshot(shell.sandbox)
            let client = try VultrClient(.init(apiKey: shell.sandbox.apiKey, baseURL: shell.sandbox.url))
            for user in after where user.email?.hasSuffix("@contractor.com") == true {
                #expect(user.apiEnabled == false, "\(user.email ?? "")")
                #expect(try await client.apiKeys(userID: user.id).isEmpty, "\(user.email ?? "")")
            }
            let others = { (users: [User]) in users.filter { $0.email?.hasSuffix("@contractor.com") != true } }
            #expect(others(after) == others(before), "nobody else changed")
        }
    }

    @Test func runningTheOffboardingAgainSendsNoChanges() async throws {
        try await withShell { shell in
            _ = await shell.run(Self.offboarding)
            let first = try await snapshot(shell.sandbox)
            let rerun = ShellFixture(sandbox: shell.sandbox, session: shell.session)
            let (status, _) = await rerun.run(Self.offboarding)
            #expect(status == 0)
            #expect(try await snapshot(shell.sandbox) == first)
            #expect(rerun.output.stdout.contains("api off: 0 changed, 4 unchanged"))
            #expect(rerun.output.stdout.contains("no API keys to revoke; nothing sent"))
        }
    }

    @Test func aSyntaxErrorOnTheLastLineChangesNothing() async throws {
        try await withShell { shell in
            let before = try await snapshot(shell.sandbox)
            let script = Self.offboarding + "\nacl add biling\n"
            let (status, parsed) = await shell.run(script)
            #expect(status == 2)
            #expect(!parsed)
            #expect(shell.output.stderr.contains("test.vus:6:9: error: unknown ACL 'biling'; did you mean 'billing'?"))
            #expect(try await snapshot(shell.sandbox) == before)
        }
    }

    @Test func dryRunSendsNoChange() async throws {
        try await withShell { shell in
            let before = try await snapshot(shell.sandbox)
            let script = Self.offboarding + """

                acl set billing
                allow add 198.51.100.0/24
                use bob.hughes@example.com
                email robert@example.com
                key new deploy
                rm user
                create user x@example.com first=X last=Y password=secret-value
                """
            let (status, _) = await shell.run(script) { $0.dryRun = true }
            #expect(status == 0, "\(shell.output.stderr)")
            #expect(try await snapshot(shell.sandbox) == before)
            let out = shell.output.stdout
            #expect(out.contains(#"dry-run: PATCH /v2/users/"#))
            #expect(out.contains(#"{"api_enabled":false}"#))
            #expect(out.contains("dry-run: DELETE /v2/users/"))
            #expect(out.contains("dry-run: POST /v2/users "))
            #expect(!out.contains("secret-value"), "passwords are never printed")
        }
    }

    /// `set dry-run` in a script holds from the next request on, both ways: the client asks the
    /// settings before each change, nothing has to pass the switch on.
    @Test func setDryRunGovernsTheRequestsAfterIt() async throws {
        try await withShell { shell in
            let (status, _) = await shell.run("""
                use bob.hughes@example.com
                set dry-run on
                email robert@example.com
                set dry-run off
                api off
                """)
            #expect(status == 0, "\(shell.output.stderr)")
            let bob = try await snapshot(shell.sandbox).first { ($0.email ?? "").hasPrefix("bob") || ($0.email ?? "").hasPrefix("robert") }
            #expect(bob?.email == "bob.hughes@example.com", "the dry-run change was not sent")
            #expect(bob?.apiEnabled == false, "the change after 'set dry-run off' was sent")
            #expect(shell.output.stdout.contains(#"{"email":"robert@example.com"}"#))
        }
    }

    @Test func stopsAtTheFirstFailureAndSaysWhatItHadChanged() async throws {
        try await withShell { shell in
            let (status, _) = await shell.run("""
                use bob.hughes@example.com
                acl set dns
                use #99
                acl set billing
                """)
            #expect(status == 1)
            let err = shell.output.stderr
            // A row is what the last listing showed when the line runs, so only running it can fail it.
            #expect(err.contains("test.vus:3:1: error: #99: "), "\(err)")
            #expect(err.contains("vus: test.vus:3:1 stopped after this error; changes already made (1):"))
            #expect(err.contains("acl set dns: bob.hughes@example.com"))
            let bob = try await snapshot(shell.sandbox).first { $0.email == "bob.hughes@example.com" }
            #expect(bob?.acls == ["dns"], "the line after the failure did not run")
        }
    }

    @Test func keepGoingRunsTheRestAndStillFails() async throws {
        try await withShell { shell in
            let (status, _) = await shell.run("""
                use nobody@example.com
                use bob.hughes@example.com
                acl set dns
                """) { $0.onError = .continue }
            #expect(status == 1)
            let bob = try await snapshot(shell.sandbox).first { $0.email == "bob.hughes@example.com" }
            #expect(bob?.acls == ["dns"])
        }
    }
}
