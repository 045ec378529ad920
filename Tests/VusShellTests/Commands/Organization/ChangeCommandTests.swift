import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// The IAM change commands through the real binary against the seeded organization, each
/// checked against the server's state, re-run (everything unchanged) and undone.
@Suite struct ChangeCommandTests {
    /// A journal of its own for each test, so `undo` reverts that test's run.
    static func journal() throws -> [String: String] {
        ["VUS_JOURNAL": try temporaryDirectory().appendingPathComponent("journal.jsonl").path]
    }

    static func records(_ text: String) -> [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String: Any]] ?? []
    }

    @Test func offboardingContractorsIsReportedAppliedRepeatedAndUndone() async throws {
        try await withTestSandbox { sandbox in
            let extra = try Self.journal()
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let contractors = Set(try await client.users().collect().filter { $0.email?.hasSuffix("@contractor.com") == true }.map(\.id))
            let group = try #require(try await client.groups().first { $0.name == "contractors" })
            let policy = try #require(try await client.policies().first { $0.name == "billing-reader" })
            let wasSuspended = Set(try await client.users().collect().filter { $0.status == .suspended }.map(\.id))
            let groupBefore = Set(group.members.map(\.id))
            let script = ["use users email=*@contractor.com", "policy add billing-reader", "group rm contractors", "suspend",
                          "policy rm billing-reader"]
            let arguments = ["-y", "--format", "json"] + script.flatMap { ["-c", $0] }

            let run = try await VusProcess.run(arguments, sandbox: sandbox, extra: extra)
            #expect(run.status == 0, "\(run.stderr)")
            let records = Self.records(run.stdout)
            #expect(records.filter { $0["change"] as? String == "group rm contractors" }.allSatisfy { $0["outcome"] as? String == "changed" })
            #expect(records.filter { $0["change"] as? String == "suspend" }.count == contractors.count)
            #expect(Set(try await client.group(id: group.id).members.map(\.id)).isDisjoint(with: contractors))
            let suspended = Set(try await client.users().collect().filter { $0.status == .suspended }.map(\.id))
            #expect(contractors.isSubset(of: suspended))
            #expect(Set(try await client.userIDs(policyID: policy.id)).isDisjoint(with: contractors))

            let again = try await VusProcess.run(["-y", "--format", "json", "-c", script[0], "-c", script[2], "-c", script[3], "-c", script[4]],
                                                 sandbox: sandbox, extra: extra)
            let outcomes = Set(Self.records(again.stdout).compactMap { $0["outcome"] as? String })
            #expect(again.status == 0 && outcomes == ["unchanged"], "a re-run changes nothing: \(again.stdout.prefix(400))")

            let undo = try await VusProcess.run(["-y", "-c", "undo"], sandbox: sandbox, extra: extra)
            #expect(undo.status == 0, "\(undo.stderr)")
            #expect(Set(try await client.group(id: group.id).members.map(\.id)) == groupBefore)
            #expect(Set(try await client.users().collect().filter { $0.status == .suspended }.map(\.id)) == wasSuspended)
        }
    }

    @Test func rolesAndPoliciesAttachToGroupsAndRoles() async throws {
        try await withTestSandbox { sandbox in
            let extra = try Self.journal()
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let script = "role add auditor group=contractors; policy add billing-reader role=auditor; policy add billing-reader group=contractors"
            let run = try await VusProcess.run(["-y", "-c", script], sandbox: sandbox, extra: extra)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("group contractors: role add auditor — changed"), "\(run.stdout)")
            let group = try #require(try await client.groups().first { $0.name == "contractors" })
            let role = try #require(try await client.roles().first { $0.name == "auditor" })
            let policy = try #require(try await client.policies().first { $0.name == "billing-reader" })
            #expect(try await client.holds(.roleGroup(role: role.id, group: group.id)))
            #expect(try await client.holds(.rolePolicy(role: role.id, policy: policy.id)))
            #expect(try await client.holds(.policyGroup(policy: policy.id, group: group.id)))
            let listed = try await VusProcess.run(["--format", "json", "-c", "ls users role=auditor"], sandbox: sandbox)
            let emails = Set(Self.records(listed.stdout).compactMap { $0["email"] as? String })
            #expect(emails.contains("frank.jensen@contractor.com"), "the group's members hold its role: \(emails)")

            let again = try await VusProcess.run(["-y", "-c", script], sandbox: sandbox, extra: extra)
            #expect(again.stdout.components(separatedBy: "unchanged").count == 4, "\(again.stdout)")
            let undo = try await VusProcess.run(["-y", "-c", "undo"], sandbox: sandbox, extra: extra)
            #expect(undo.status == 0, "\(undo.stderr)")
            #expect(try await !client.holds(.roleGroup(role: role.id, group: group.id)))
            #expect(try await !client.holds(.rolePolicy(role: role.id, policy: policy.id)))
            #expect(try await !client.holds(.policyGroup(policy: policy.id, group: group.id)))
        }
    }

    /// Undoing a run twice: the second finds its group gone with its memberships, and says
    /// there is nothing left, rather than failing to read the group.
    @Test func aRunUndoneTwiceIsUndoneOnce() async throws {
        try await withTestSandbox { sandbox in
            let extra = try Self.journal()
            let run = try await VusProcess.run(["-y", "-c", "create group qa", "-c", "use users email=*@contractor.com", "-c", "group add qa"],
                                               sandbox: sandbox, extra: extra)
            #expect(run.status == 0, "\(run.stderr)")
            let id = try #require(Journal(path: extra["VUS_JOURNAL"]!).entries().first?.run)
            let first = try await VusProcess.run(["-y", "-c", "undo \(id)"], sandbox: sandbox, extra: extra)
            #expect(first.status == 0 && first.stdout.contains("5 changed"), "\(first.stdout)\(first.stderr)")
            let second = try await VusProcess.run(["-y", "-c", "undo \(id)"], sandbox: sandbox, extra: extra)
            #expect(second.status == 0 && (second.stdout + second.stderr).contains("nothing left to undo of run \(id)"),
                    "\(second.stdout)\(second.stderr)")
        }
    }

    @Test func objectsAreCreatedDeletedRestoredAndUndone() async throws {
        try await withTestSandbox { sandbox in
            let extra = try Self.journal()
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let create = ["create group auditors description=Reviewers", "create role on-call type=assumable",
                          "create policy no-snapshot-delete deny compute.snapshot.Delete allow compute.snapshot.List"]
            let run = try await VusProcess.run(["-y"] + create.flatMap { ["-c", $0] }, sandbox: sandbox, extra: extra)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try await client.groups().contains { $0.name == "auditors" && $0.description == "Reviewers" })
            #expect(try await client.roles().contains { $0.name == "on-call" && $0.kind == .assumable })
            let policy = try #require(try await client.policies().first { $0.name == "no-snapshot-delete" })
            #expect(policy.document.statements.map(\.effect) == [.deny, .allow])
            let again = try await VusProcess.run(["-y"] + create.flatMap { ["-c", $0] }, sandbox: sandbox, extra: extra)
            #expect(again.status == 0 && again.stdout.components(separatedBy: "unchanged (already exists").count == 4, "\(again.stdout)")
            let other = try await VusProcess.run(["-c", "create policy no-snapshot-delete deny compute.*"], sandbox: sandbox, extra: extra)
            #expect(other.status == 1 && other.stderr.contains("already exists with another document"), "\(other.stderr)")
            let undo = try await VusProcess.run(["-y", "-c", "undo \(try #require(Journal(path: extra["VUS_JOURNAL"]!).entries().first?.run))"],
                                                sandbox: sandbox, extra: extra)
            #expect(undo.status == 0, "\(undo.stderr)")
            #expect(try await !client.groups().contains { $0.name == "auditors" })
            #expect(try await !client.policies().contains { $0.name == "no-snapshot-delete" })

            // A policy in use: what it is attached to is said; a delete is undone by a restore.
            let reader = try #require(try await client.policies().first { $0.name == "billing-reader" })
            let holdersBefore = Set(try await client.userIDs(policyID: reader.id))
            let rehearsal = try await VusProcess.run(["-y", "--dry-run", "-c", "rm policy billing-reader"], sandbox: sandbox, extra: extra)
            #expect(rehearsal.stdout.contains("policy billing-reader is in use: "), "not deleted, so still in use: \(rehearsal.stdout)")
            let removal = try await VusProcess.run(["-y", "-c", "rm policy billing-reader"], sandbox: sandbox, extra: extra)
            #expect(removal.status == 0 && removal.stdout.contains("policy billing-reader was in use: "), "\(removal.stdout)")
            #expect(try await !client.policies().contains { $0.id == reader.id })
            let restore = try await VusProcess.run(["-y", "-c", "restore policy billing-reader"], sandbox: sandbox, extra: extra)
            #expect(restore.status == 0, "\(restore.stderr)")
            #expect(Set(try await client.userIDs(policyID: reader.id)) == holdersBefore)
            let managed = try await VusProcess.run(["-y", "-c", "rm policy FullAccess"], sandbox: sandbox, extra: extra)
            #expect(managed.status == 1 && managed.stderr.contains("managed by Vultr"), "\(managed.stderr)")
            let group = try await VusProcess.run(["-y", "-c", "rm group billing", "-c", "undo"], sandbox: sandbox, extra: extra)
            #expect(group.stdout.contains("a deleted group cannot come back"), "\(group.stdout)")
        }
    }

    @Test func aPolicyFromAFileAndARoleDeletedAndRestored() async throws {
        try await withTestSandbox { sandbox in
            let extra = try Self.journal()
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let directory = try temporaryDirectory()
            let file = directory.appendingPathComponent("doc.json")
            try #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["database.instance.Read"], "Resource": ["db-1"]}]}"#
                .write(to: file, atomically: true, encoding: .utf8)
            let create = try await VusProcess.run(["-y", "-c", "create policy db-read file=\(file.path)"], sandbox: sandbox, extra: extra)
            #expect(create.status == 0, "\(create.stderr)")
            let policy = try #require(try await client.policies().first { $0.name == "db-read" })
            #expect(policy.document.statements.first?.resources == ["db-1"])
            try #"{"Statement": []}"#.write(to: file, atomically: true, encoding: .utf8)
            let empty = try await VusProcess.run(["-c", "create policy other file=\(file.path)"], sandbox: sandbox, extra: extra)
            #expect(empty.status == 1 && empty.stderr.contains("is not a policy document"), "\(empty.stderr)")

            let auditor = try #require(try await client.roles().first { $0.name == "auditor" })
            let holders = Set(try await client.userIDs(roleID: auditor.id))
            let removal = try await VusProcess.run(["-y", "-c", "rm role auditor", "-c", "restore role auditor"], sandbox: sandbox, extra: extra)
            #expect(removal.status == 0 && removal.stdout.contains("role auditor was in use"), "\(removal.stdout)\(removal.stderr)")
            #expect(Set(try await client.userIDs(roleID: auditor.id)) == holders, "restored with its assignments")

            // A new role of the deleted one's name is not the one asked back.
            let again = try await VusProcess.run(["-y", "-c", "rm role auditor", "-c", "create role auditor", "-c", "restore role auditor"],
                                                 sandbox: sandbox, extra: extra)
            #expect(again.status == 1 && again.stderr.contains("is another role made since the one deleted (\(auditor.id))"),
                    "\(again.stdout)\(again.stderr)")
        }
    }

    @Test func invitationsTrustsAndMembership() async throws {
        try await withTestSandbox { sandbox in
            let extra = try Self.journal()
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let script = ["invite dana@example.com api=on", "invite dana@example.com", "resend invitation dana@example.com",
                          "trust break-glass user=alice.anderson@example.com hours=8-18 from=203.0.113.0/24 until=2099-01-31"]
            let run = try await VusProcess.run(["-y"] + script.flatMap { ["-c", $0] }, sandbox: sandbox, extra: extra)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("invite dana@example.com — unchanged (already invited"), "\(run.stdout)")
            #expect(run.stdout.contains("trust break-glass: trust alice.anderson@example.com — changed"), "\(run.stdout)")
            let other = try await VusProcess.run(["-y", "-c", "invite dana@example.com api=off"], sandbox: sandbox, extra: extra)
            #expect(other.status == 1 && other.stderr.contains("dana@example.com is already invited with api=on, not api=off"), "\(other.stderr)")
            let lapsed = try await VusProcess.run(["-y", "-c", "invite grace.quinn@example.com"], sandbox: sandbox, extra: extra)
            #expect(lapsed.stdout.contains("already invited, but it expired: 'resend invitation grace.quinn@example.com' sends it again"),
                    "\(lapsed.stdout)\(lapsed.stderr)")
            #expect(try await client.invitations().contains { $0.email == "dana@example.com" && $0.apiEnabled == true })
            let role = try #require(try await client.roles().first { $0.name == "break-glass" })
            let alice = try #require(try await client.users().collect().first { $0.email == "alice.anderson@example.com" })
            let trust = try #require(try await client.roleTrusts(roleID: role.id).first { $0.userID == alice.id })
            #expect(trust.hours == 8...18 && trust.fromAddresses == ["203.0.113.0/24"])
            let wholeDay = try await VusProcess.run(["-y", "-c", "trust break-glass user=carol.okafor@example.com hours=0-24"], sandbox: sandbox, extra: extra)
            #expect(wholeDay.status == 0, "\(wholeDay.stderr)")
            let carol = try await client.user(email: "carol.okafor@example.com")
            #expect(try await client.roleTrusts(roleID: role.id).contains { $0.userID == carol.id && $0.hours == 0...24 })
            let second = try await VusProcess.run(["-y", "-c", "trust break-glass user=carol.okafor@example.com hours=9-17"], sandbox: sandbox, extra: extra)
            #expect(second.status == 0 && second.stdout.contains("carol.okafor@example.com already had 1 other trust in break-glass ("),
                    "a second trust is said to stand beside the first: \(second.stdout)")
            #expect(try await client.roleTrusts(roleID: role.id).filter { $0.userID == carol.id }.count == 2)
            let assignable = try await VusProcess.run(["-c", "trust developer user=alice.anderson@example.com"], sandbox: sandbox, extra: extra)
            #expect(assignable.status == 1 && assignable.stderr.contains("only an assumable role has trusts"), "\(assignable.stderr)")

            let bare = try await VusProcess.run(["-y", "-c", "rm trust break-glass"], sandbox: sandbox, extra: extra)
            #expect(bare.status == 1 && bare.stderr.contains("'rm trust break-glass' names role break-glass: add user=USER"), "\(bare.stderr)")
            let misspelt = try await VusProcess.run(["-y", "-c", "rm trust brek-glass"], sandbox: sandbox, extra: extra)
            #expect(misspelt.status == 1 && misspelt.stderr.contains("no trust with id 'brek-glass'; did you mean role 'break-glass'?"),
                    "\(misspelt.stderr)")
            let short = try await VusProcess.run(["-y", "-c", "rm trust \(trust.id.prefix(3))"], sandbox: sandbox, extra: extra)
            #expect(short.status == 1 && short.stderr.contains("is too short for a trust id"), "\(short.stderr)")
            let removal = try await VusProcess.run(["-y", "-c", "rm trust break-glass user=alice.anderson@example.com", "-c", "rm member bob.hughes@example.com"],
                                                   sandbox: sandbox, extra: extra)
            #expect(removal.status == 0, "\(removal.stderr)")
            #expect(removal.stdout.contains("trust break-glass: rm trust alice.anderson@example.com — changed"), "\(removal.stdout)")
            #expect(try await client.roleTrusts(roleID: role.id).allSatisfy { $0.userID != alice.id })
            #expect(try await !client.users().collect().contains { $0.email == "bob.hughes@example.com" })
            let undo = try await VusProcess.run(["-y", "-c", "undo"], sandbox: sandbox, extra: extra)
            #expect(undo.status == 0 && undo.stdout.contains("cannot be undone; 'invite bob.hughes@example.com' asks them back"), "\(undo.stdout)")
            #expect(try await client.roleTrusts(roleID: role.id).contains { $0.id == trust.id }, "the trust is restored")
        }
    }

    @Test func typosAreErrorsBeforeAnythingRuns() async throws {
        try await withTestSandbox { sandbox in
            let extra = try Self.journal()
            let document = try temporaryDirectory().appendingPathComponent("typo.json")
            try #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["compute.instanse.List"],"Resource":["*"]}]}"#
                .write(to: document, atomically: false, encoding: .utf8)
            let cases = [
                ("use users email=*@contractor.com; group add contractrs", "no group named 'contractrs'; did you mean 'contractors'?"),
                ("create policy p file=\(document.path)", "Statement 1: unknown resource 'instanse' in 'compute.instanse.List'; did you mean 'compute.instance.List'?"),
                ("create group ''", "1:14: error: a name cannot be empty"),
                ("create policy p file=/dev/zero", "cannot read /dev/zero: not a regular file"),
                ("create policy p file=\(document.deletingLastPathComponent().path)", "cannot read \(document.deletingLastPathComponent().path): it is a directory"),
                ("create role ' oncall'", "has spaces at its ends"),
                ("create policy p deny compute.instanse.Delete", "did you mean 'compute.instance.Delete'?"),
                ("create policy p compute.instance.Delete", "start with 'allow' or 'deny'"),
                ("policy add billing-reader group=contractors role=auditor", "takes group= or role=, not both"),
                ("trust break-glass user=alice.anderson@example.com hours=9-25", "hours= takes a range of UTC hours"),
                ("grup add contractors", "did you mean 'group'?"),
            ]
            for (script, message) in cases {
                let result = try await VusProcess.run(["-y", "-c", script], sandbox: sandbox, extra: extra)
                #expect(result.status != 0 && result.stderr.contains(message), "\(script): \(result.stderr)")
            }
            #expect(Journal(path: extra["VUS_JOURNAL"]!).entries().isEmpty, "nothing was sent")
        }
    }

    /// A refusal says the change once: in the record's sentence, not again from the error.
    @Test func aRefusedChangeIsNamedOnce() async throws {
        try await withTestSandbox { sandbox in
            let name = String(repeating: "x", count: 300)
            let result = try await VusProcess.run(["-y", "-c", "create group \(name)"], sandbox: sandbox, extra: try Self.journal())
            #expect(result.status == 1)
            #expect(result.stdout.contains("group \(name): create group \(name) — failed: 400 "), "\(result.stdout)")
            let errorLine = result.stderr.split(separator: "\n").first { $0.contains("error:") } ?? ""
            #expect(errorLine.components(separatedBy: "create group").count == 2, "\(errorLine)")
        }
    }

    @Test func anAccountWithoutIAMRefusesInOneSentence() async throws {
        try await withTestSandbox({ $0.iam = false }) { sandbox in
            for script in ["use alice.anderson@example.com; group add developers", "suspend bob.hughes@example.com", "create group x"] {
                let result = try await VusProcess.run(["-y", "-c", script], sandbox: sandbox)
                #expect(result.status == 1 && result.stderr.contains("IAM is not enabled on this account: it has no organization."), "\(script): \(result.stderr)")
            }
            let users = try await VusProcess.run(["-c", "ls users"], sandbox: sandbox)
            #expect(users.status == 0)
        }
    }
}
