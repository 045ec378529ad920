import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// Every change is journaled (mode 0600, never a secret), runs can be listed, and `undo`
/// reverts a run through the change engine.
@Suite struct UndoTests {
    @Test func undoRestoresABulkChangeAndTheJournalKeepsNoSecrets() async throws {
        try await withTestSandbox { sandbox in
            let directory = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let path = directory.appendingPathComponent("journal.jsonl").path
            let extra = ["VUS_JOURNAL": path]
            func contractors() async throws -> [String: (Bool?, Set<String>)] {
                Dictionary(try await snapshot(sandbox).filter { $0.email?.hasSuffix("@contractor.com") == true }
                    .map { ($0.id, ($0.apiEnabled, Set($0.acls.map(\.rawValue)))) }, uniquingKeysWith: { $1 })
            }
            let before = try await contractors()
            let run = try await VusProcess.run(["-y", "-c", "use users email=*@contractor.com", "-c", "api off", "-c", "acl add billing",
                                                "-c", "use alice.anderson@example.com; api on; key new temp; create user j@example.com first=J last=K password=Long-Enough-Pw-1"],
                                               sandbox: sandbox, extra: extra)
            #expect(run.status == 0, "\(run.stderr)")
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.contains(sandbox.apiKey) && !text.contains("Long-Enough-Pw-1"))
            let entries = Journal(path: path).entries()
            #expect(entries.contains { $0.change == "api off" && $0.before?.apiEnabled == true && $0.after?.apiEnabled == false })
            #expect(entries.contains { $0.change == "acl add billing" && $0.source == "-c:3:1" })
            #expect(entries.contains { $0.kind == .createKey && $0.keyID != nil })
            #expect(Set(entries.map(\.run)).count == 1)
            #expect(entries.allSatisfy { $0.account.contains("owner@example.com") })
            let newKey = try #require(entries.first { $0.kind == .createKey }?.keyID)
            let fullKey = run.stdout.split(separator: "\n").first { $0.hasPrefix("key:") }.map { String($0.dropFirst(4)).trimmingCharacters(in: .whitespaces) }
            #expect(fullKey.map { !text.contains($0) } ?? true, "the key's secret is not journaled")

            let listed = try await VusProcess.run(["-c", "ls runs"], sandbox: nil, extra: extra)
            #expect(listed.status == 0 && listed.stdout.contains(entries[0].run), "\(listed.stderr)")
            let undo = try await VusProcess.run(["-y", "-c", "undo"], sandbox: sandbox, extra: extra)
            #expect(undo.status == 0, "\(undo.stderr)")
            let after = try await contractors()
            for (id, state) in before {
                #expect(after[id]?.0 == state.0 && after[id]?.1 == state.1, "\(id) restored")
            }
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let alice = try #require(try await snapshot(sandbox).first { $0.email == "alice.anderson@example.com" })
            #expect(try await client.apiKeys(userID: alice.id).allSatisfy { $0.id != newKey }, "the new key was revoked")
            #expect(try await snapshot(sandbox).allSatisfy { $0.email != "j@example.com" }, "the new user was deleted")
            #expect(Set(Journal(path: path).entries().map(\.run)).count == 2, "the undo is journaled as a run of its own")
        }
    }

    @Test func undoLeavesWhatSomeoneChangedSinceAndSaysWhatCannotComeBack() async throws {
        try await withTestSandbox { sandbox in
            let directory = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let extra = ["VUS_JOURNAL": directory.appendingPathComponent("journal.jsonl").path]
            let run = try await VusProcess.run(["-y", "-c", "use bob.hughes@example.com; acl set dns; rm user carol.okafor@example.com"],
                                               sandbox: sandbox, extra: extra)
            #expect(run.status == 0, "\(run.stderr)")
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let bob = try #require(try await snapshot(sandbox).first { $0.email == "bob.hughes@example.com" })
            try await client.updateUser(id: bob.id, UserUpdate(acls: ["dns", "billing"]))
            let undo = try await VusProcess.run(["-y", "-c", "undo"], sandbox: sandbox, extra: extra)
            #expect(undo.status == 0, "\(undo.stderr)")
            #expect(undo.stdout.contains("bob.hughes@example.com: ACLs changed since the run; left as it is"), "\(undo.stdout)")
            #expect(undo.stdout.contains("carol.okafor@example.com was deleted: a user cannot be brought back"))
            #expect(try await client.user(id: bob.id).acls == ["dns", "billing"])
        }
    }

    @Test func theAccountLabelTellsTwoSandboxesOnOneHostApart() async throws {
        try await withTestSandbox { first in
            try await withTestSandbox { second in
                let path = try temporaryDirectory().appendingPathComponent("journal.jsonl").path
                for sandbox in [first, second] {
                    let run = try await VusProcess.run(["-c", "api off bob.hughes@example.com"], sandbox: sandbox, extra: ["VUS_JOURNAL": path])
                    #expect(run.status == 0, "\(run.stderr)")
                }
                let accounts = Journal(path: path).entries().map(\.account)
                #expect(accounts == ["owner@example.com at 127.0.0.1:\(first.url.port ?? 0)",
                                     "owner@example.com at 127.0.0.1:\(second.url.port ?? 0)"], "\(accounts)")
                // So undo, connected to the first, refuses the second's run.
                let undo = try await VusProcess.run(["-y", "-c", "undo"], sandbox: first, extra: ["VUS_JOURNAL": path])
                #expect(undo.status == 1 && undo.stderr.contains("but vus is connected to"), "\(undo.stderr)")
            }
        }
    }
}
