import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport

/// A group, role, policy or user mistyped after a script's first change stops the script before
/// anything runs, with the closest name; what the script makes or vus already deleted is not a typo.
@Suite struct NamePreflightTests {
    static func journal() throws -> [String: String] {
        ["VUS_JOURNAL": try temporaryDirectory().appendingPathComponent("journal.jsonl").path]
    }

    /// Every user, group membership and suspension, to compare before and after.
    static func state(_ sandbox: RunningSandbox) async throws -> [String] {
        let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
        let users = try await client.users().collect().map { "\($0.id) \($0.email ?? "") \($0.apiEnabled.map(String.init) ?? "") \(String(describing: $0.status))" }
        let groups = try await client.groups().map { "\($0.name): \($0.members.map(\.id).sorted())" }
        return (users + groups).sorted()
    }

    @Test func aMistypedGroupAfterAChangeStopsTheScriptBeforeItsFirstLine() async throws {
        try await withTestSandbox { sandbox in
            let before = try await Self.state(sandbox)
            let script = ["use users email=*@contractor.com", "api off", "group rm contractorz", "suspend"]
            let run = try await VusProcess.run(["-y"] + script.flatMap { ["-c", $0] }, sandbox: sandbox, extra: try Self.journal())
            #expect(run.status == 2, "a name not there is a mistake: \(run.stderr)")
            #expect(run.stderr.contains("-c:3:10: error: no group named 'contractorz'; did you mean 'contractors'?"), "\(run.stderr)")
            #expect(run.stderr.contains("vus: 1 name is not there; nothing was run"), "\(run.stderr)")
            #expect(run.stdout.isEmpty, "\(run.stdout)")
            #expect(try await Self.state(sandbox) == before, "api off on line 2 was not sent")
        }
    }

    @Test func everyMissingNameIsNamedAtOnce() async throws {
        try await withTestSandbox { sandbox in
            let script = """
                use users email=*@contractor.com
                api off
                policy rm billing-raeder
                role add auditr group=contractors
                use bob.hughes@exmaple.com
                ls users group=nobody*
                """
            let run = try await VusProcess.run(["-y", "-c", script], sandbox: sandbox, extra: try Self.journal())
            #expect(run.status == 2)
            for expected in ["-c:3:11: error: no policy named 'billing-raeder'; did you mean 'billing-reader'?",
                             "-c:4:10: error: no role named 'auditr'; did you mean 'auditor'?",
                             "-c:5:5: error: no user matches 'bob.hughes@exmaple.com'; did you mean 'bob.hughes@example.com'?",
                             "-c:6:10: error: no group matches 'nobody*'",
                             "vus: 4 names are not there; nothing was run"] {
                #expect(run.stderr.contains(expected), "\(expected)\n\(run.stderr)")
            }
            #expect(!run.stderr.contains("contractors'"), "group=contractors is there: \(run.stderr)")
        }
    }

    @Test func onAnAccountWithoutIAMTheCheckSaysSoAndNothingRuns() async throws {
        try await withTestSandbox({ $0.iam = false }) { sandbox in
            let before = try await VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url)).users().collect()
            let run = try await VusProcess.run(["-y", "-c", "use users email=*@contractor.com; api off; group rm contractors"],
                                               sandbox: sandbox, extra: try Self.journal())
            #expect(run.status == 1, "a list that cannot be read is a failure, not a mistake: \(run.stderr)")
            #expect(run.stderr.contains("-c:1:53: error: list groups: 403 IAM is not enabled on this account: it has no organization."), "\(run.stderr)")
            #expect(run.stderr.contains("vus: 1 name could not be checked; nothing was run"), "\(run.stderr)")
            let after = try await VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url)).users().collect()
            #expect(after.map(\.apiEnabled) == before.map(\.apiEnabled), "api off was not sent")
        }
    }

    @Test func namesTheScriptMakesOrReadsBeforeChangingAreNotChecked() async throws {
        try await withTestSandbox { sandbox in
            let extra = try Self.journal()
            // A group made on line 1 and used on line 3; a misspelt group read before any change
            // fails on its own line, as reading it changes nothing.
            let made = try await VusProcess.run(["-y", "-c", "create group auditors-2026; use users email=*@contractor.com; group add auditors-2026"],
                                                sandbox: sandbox, extra: extra)
            #expect(made.status == 0, "\(made.stderr)")
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let group = try #require(try await client.groups().first { $0.name == "auditors-2026" })
            #expect(!group.members.isEmpty)

            let read = try await VusProcess.run(["-c", "show group contractorz; api off"], sandbox: sandbox, extra: extra)
            #expect(read.status == 1 && read.stderr.contains("-c:1:1: error: no group named 'contractorz'"), "\(read.stderr)")
            let use = try await VusProcess.run(["-c", "use bob.hughes@exmaple.com; api off"], sandbox: sandbox, extra: extra)
            #expect(use.stderr.contains("-c:1:1: error: no user matches 'bob.hughes@exmaple.com'; did you mean 'bob.hughes@example.com'? Nothing is selected now."),
                    "\(use.stderr)")
        }
    }

    @Test func aScriptThatDeletesRunsAgainToTheEnd() async throws {
        try await withTestSandbox { sandbox in
            let extra = try Self.journal()
            let script = ["use users email=*@contractor.com", "group rm contractors", "rm group contractors", "rm policy billing-reader"]
            let arguments = ["-y", "--format", "json"] + script.flatMap { ["-c", $0] }
            let first = try await VusProcess.run(arguments, sandbox: sandbox, extra: extra)
            #expect(first.status == 0, "\(first.stderr)")

            // The group is gone because vus deleted it: leaving it, deleting it and deleting the
            // policy are the work done.
            let again = try await VusProcess.run(arguments, sandbox: sandbox, extra: extra)
            #expect(again.status == 0, "\(again.stderr)")
            let records = (try? JSONSerialization.jsonObject(with: Data(again.stdout.utf8))) as? [[String: Any]] ?? []
            let changes = records.filter { $0["change"] != nil }
            #expect(changes.count == 6 && changes.allSatisfy { $0["outcome"] as? String == "unchanged" }, "\(again.stdout)")
            #expect(records.contains { $0["change"] as? String == "group rm contractors" && ($0["reason"] as? String)?.contains("group contractors was deleted") == true },
                    "\(again.stdout)")
            // Joining it is not: the group is not there.
            let join = try await VusProcess.run(["-y", "-c", "use users email=*@contractor.com; api off; group add contractors"], sandbox: sandbox, extra: extra)
            #expect(join.status == 2 && join.stderr.contains("-c:1:54: error: no group named 'contractors'"), "\(join.stderr)")

            // A name vus never deleted is still a typo, at its own line or before the run.
            let typo = try await VusProcess.run(["-y", "-c", "rm group contractorz"], sandbox: sandbox, extra: extra)
            #expect(typo.status == 1 && typo.stderr.contains("no group named 'contractorz'"), "\(typo.stderr)")
            let later = try await VusProcess.run(["-y", "-c", "use users email=*@contractor.com; api off; rm policy billing-readr"],
                                                 sandbox: sandbox, extra: extra)
            #expect(later.status == 2 && later.stderr.contains("no policy named 'billing-readr'"), "\(later.stderr)")
        }
    }

    @Test func aMistypedEmailIsNeverTakenForAUserAlreadyDeleted() async throws {
        try await withTestSandbox { sandbox in
            let extra = try Self.journal()
            let typo = try await VusProcess.run(["-y", "-c", "rm user bob.hughes@exmaple.com"], sandbox: sandbox, extra: extra)
            #expect(typo.status == 1, "\(typo.stdout)")
            #expect(typo.stderr.contains("no user matches 'bob.hughes@exmaple.com'; did you mean 'bob.hughes@example.com'?"), "\(typo.stderr)")

            let removed = try await VusProcess.run(["-y", "-c", "rm user bob.hughes@example.com"], sandbox: sandbox, extra: extra)
            #expect(removed.status == 0, "\(removed.stderr)")
            let again = try await VusProcess.run(["-y", "-c", "api off alice.anderson@example.com; rm user bob.hughes@example.com"],
                                                 sandbox: sandbox, extra: extra)
            #expect(again.status == 0 && again.stdout.contains("already absent"), "\(again.stderr)\(again.stdout)")
        }
    }
}
