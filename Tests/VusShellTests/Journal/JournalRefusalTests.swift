import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport

/// A change that cannot be journaled is not sent: a journal planted as a symbolic link, or kept in
/// a folder others can write to, is refused with the reason; `--no-journal` sends without one.
@Suite struct JournalRefusalTests {
    enum Hazard: String, CaseIterable { case plantedLink, folderOthersCanWrite }

    @Test(arguments: Hazard.allCases)
    func aChangeThatCannotBeJournaledIsNotSent(hazard: Hazard) async throws {
        try await withTestSandbox { sandbox in
            let directory = try temporaryDirectory()
            let path = directory.appendingPathComponent("journal.jsonl").path
            let elsewhere = directory.appendingPathComponent("elsewhere").path
            switch hazard {
            case .plantedLink:
                try "someone else's file\n".write(toFile: elsewhere, atomically: false, encoding: .utf8)
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: elsewhere)
            case .folderOthersCanWrite:
                chmod(directory.path, 0o777)
            }
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            func onCount() async throws -> Int {
                try await client.users().collect().filter { $0.email?.hasSuffix("@contractor.com") == true && $0.apiEnabled == true }.count
            }
            let before = try await onCount()
            #expect(before > 0, "the fixture has work to do")
            let change = ["-y", "-c", "use users email=*@contractor.com", "-c", "api off"]

            let refused = try await VusProcess.run(change, sandbox: sandbox, extra: ["VUS_JOURNAL": path])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("not sent: the journal cannot be written"), "\(refused.stderr)")
            switch hazard {
            case .plantedLink:
                #expect(refused.stderr.contains("\(path) is a symbolic link"), "\(refused.stderr)")
                #expect(try String(contentsOfFile: elsewhere, encoding: .utf8) == "someone else's file\n")
            case .folderOthersCanWrite:
                #expect(refused.stderr.contains("the folder \(directory.path) can be written by others"), "\(refused.stderr)")
            }
            #expect(try await onCount() == before, "nothing was sent")

            let accepted = try await VusProcess.run(["--no-journal"] + change, sandbox: sandbox, extra: ["VUS_JOURNAL": path])
            #expect(accepted.status == 0, "\(accepted.stderr)")
            #expect(try await onCount() == 0)
        }
    }

    /// Only root can give a folder to another user, so this runs as root (as the test machines do).
    @Test(.enabled(if: geteuid() == 0)) func aFolderOfAnotherUserIsRefused() async throws {
        try await withTestSandbox { sandbox in
            let directory = try temporaryDirectory()
            chown(directory.path, 65534, 65534)
            let path = directory.appendingPathComponent("journal.jsonl").path
            let refused = try await VusProcess.run(["-y", "-c", "api off bob.hughes@example.com"], sandbox: sandbox,
                                                   extra: ["VUS_JOURNAL": path])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("the folder \(directory.path) belongs to another user (uid 65534)"), "\(refused.stderr)")
            let bob = try await snapshot(sandbox).first { $0.email == "bob.hughes@example.com" }
            #expect(bob?.apiEnabled == true, "nothing was sent")
        }
    }
}
