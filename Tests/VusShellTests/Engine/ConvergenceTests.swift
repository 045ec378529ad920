import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// Changes that converge: selections never go stale, re-runs finish the job, lost answers are
/// read back instead of guessed, and concurrent writers do not lose each other's grants.
@Suite struct ConvergenceTests {
    @Test func aFailedUseLeavesNothingSelected() async throws {
        try await withShell { shell in
            let before = try await snapshot(shell.sandbox)
            let (status, _) = await shell.run("""
                use users email=*@contractor.com
                use users email=*@nobody.invalid
                api off
                """, settings: { $0.onError = .continue; $0.assumeYes = true })
            #expect(status == 0, "\(shell.output.stderr)")
            #expect(shell.output.stdout.contains("api off: no users selected; nothing sent"))
            #expect(try await snapshot(shell.sandbox) == before, "the earlier selection was not acted on")

            let (second, _) = await shell.run("use alice.anderson@example.com\nuse nobody@example.com\nrm user",
                                              settings: { $0.dryRun = true })
            #expect(second == 1)
            #expect(shell.output.stderr.contains("nothing is selected now"))
            #expect(!shell.output.stdout.contains("DELETE"), "no deletion was planned: \(shell.output.stdout)")
        }
    }

    @Test func reRunningAScriptFinishesTheJob() async throws {
        try await withShell { shell in
            let script = """
                use users api=on email=*@contractor.com
                api off
                use users email=*@contractor.com
                acl add billing
                rm user bob.hughes@example.com
                create user temp@example.com first=Temp last=Worker password=Long-Enough-Pw-1
                """
            // Half the job done by hand first, as if an earlier run had stopped part way.
            _ = await shell.run("use users api=on email=*@contractor.com\napi off", settings: { $0.assumeYes = true })
            let (first, _) = await shell.run(script)
            #expect(first == 0, "\(shell.output.stderr)")
            let done = try await snapshot(shell.sandbox)
            let again = ShellFixture(sandbox: shell.sandbox, session: shell.session)
            let (second, _) = await again.run(script)
            #expect(second == 0, "\(again.output.stderr)")
            #expect(try await snapshot(shell.sandbox) == done)
            #expect(again.output.stdout.contains("rm user — unchanged (already absent; nothing sent)"))
            // Its create went, and Vultr answered that the user exists.
            #expect(again.output.stdout.contains("temp@example.com: create user — unchanged (already exists; Vultr answered so)"))
            let clash = ShellFixture(sandbox: shell.sandbox, session: shell.session)
            let (third, _) = await clash.run("create user temp@example.com first=Other last=Person password=Long-Enough-Pw-1")
            #expect(third == 1)
            #expect(clash.output.stdout.contains("already exists as Temp Worker"), "\(clash.output.stdout)")
        }
    }

    @Test func keysAndUsersSurviveLostAnswers() async throws {
        try await withShell(sandbox: { $0.faults = FaultPlan(rate: 0.3, kinds: [.cutOff], seed: 7) }) { shell in
            let bot = try #require(try await snapshot(shell.sandbox).first { $0.email == "alice.anderson@example.com" })
            let client = try VultrClient(.init(apiKey: shell.sandbox.apiKey, baseURL: shell.sandbox.url))
            shell.sandbox.faults.update(FaultPlan())
            try await client.updateUser(id: bot.id, UserUpdate(apiEnabled: true))
            let earlier = Set(try await client.apiKeys(userID: bot.id).map(\.id))
            shell.sandbox.faults.update(FaultPlan(rate: 0.3, kinds: [.cutOff], seed: 7))
            var shown = Set<String>()
            shell.session.state.settings.format = .json
            for index in 1...8 {
                let output = CapturedOutput()
                let script = try Parser.parse("use alice.anderson@example.com; key new k\(index)", context: ParserContext(sourceName: "t")).get()
                var status = ScriptRunner.Status()
                await ScriptRunner(context: shell.context, sink: output).run(script.statements, status: &status)
                #expect(status.exitCode == 0, "\(output.stderr)")
                let documents = output.stdout.split(separator: "\n]\n").map { $0 + "\n]" }
                for document in documents {
                    let records = (try? JSONSerialization.jsonObject(with: Data(document.utf8))) as? [[String: Any]] ?? []
                    for record in records { if let key = record["key"] as? [String: Any], let id = key["id"] as? String { shown.insert(id) } }
                }
            }
            shell.sandbox.faults.update(FaultPlan())
            let exists = Set(try await client.apiKeys(userID: bot.id).map(\.id)).subtracting(earlier)
            #expect(exists == shown, "every key that exists had its secret shown, and no other")
            #expect(exists.count == 8)

            shell.sandbox.faults.update(FaultPlan(rate: 0.3, kinds: [.cutOff], seed: 11))
            let creates = (1...10).map { "create user lost\($0)@example.com first=Lost last=Answer\($0) password=Long-Enough-Pw-1" }
            shell.session.state.settings.format = .table
            let (status, _) = await shell.run(creates.joined(separator: "\n"))
            #expect(status == 0, "\(shell.output.stderr)")
            shell.sandbox.faults.update(FaultPlan())
            let made = try await snapshot(shell.sandbox).filter { $0.email?.hasPrefix("lost") == true }
            #expect(made.count == 10)
            #expect(shell.output.stdout.components(separatedBy: "create user — changed").count - 1 == 10)
        }
    }

    @Test func concurrentWritersKeepEveryGrant() async throws {
        try await withShell(users: 60, sandbox: { $0.faults = FaultPlan(latencyMilliseconds: 5) }) { shell in
            let grants = ["billing", "dns", "alerts"]
            await withTaskGroup(of: Int32.self) { group in
                for acl in grants {
                    group.addTask {
                        var configuration = VultrClient.Configuration(apiKey: shell.sandbox.apiKey, baseURL: shell.sandbox.url)
                        configuration.requestsPerSecond = 0
                        var settings = Settings()
                        settings.assumeYes = true
                        guard let session = try? Session(connection: configuration, settings: settings) else { return -1 }
                        let writer = ShellFixture(sandbox: shell.sandbox, session: session)
                        return await writer.run("use users email=*@example.com\nacl add \(acl)").status
                    }
                }
                for await status in group { #expect(status == 0) }
            }
            let users = try await snapshot(shell.sandbox).filter { $0.email?.hasSuffix("@example.com") == true }
            #expect(users.count > 20)
            for user in users {
                #expect(Set(grants).isSubset(of: Set(user.acls.map(\.rawValue))), "\(user.email ?? "") lost a grant: \(user.acls)")
            }
        }
    }
}
