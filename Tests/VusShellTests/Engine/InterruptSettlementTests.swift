import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport

/// Ctrl-C during a slowed bulk change stops the sending, reads back what was in flight, and
/// reports exactly what changed and what was not sent — checked against the account itself.
@Suite struct InterruptSettlementTests {
    @Test func ctrlCReportsExactlyWhatChanged() async throws {
        try await withTestSandbox(users: 200, { $0.faults = FaultPlan(latencyMilliseconds: 250) }) { sandbox in
            let client = try VultrClient(.init(apiKey: sandbox.apiKey, baseURL: sandbox.url))
            let off = try await client.users().collect().filter { $0.apiEnabled == false }
            #expect(off.count >= 14, "the fixture has work to do")

            let process = try Spawned.start(VusProcess.executable.path, ["-y", "--format", "json", "-c", "use users api=off", "-c", "api on"],
                                            environment: VusProcess.environment(for: sandbox))
            try process.input.close()
            // Interrupt once the change is under way: some users done, most not yet.
            let offIDs = Set(off.map(\.id))
            for _ in 0..<200 {
                let done = try await client.users().collect().filter { offIDs.contains($0.id) && $0.apiEnabled == true }
                if !done.isEmpty { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            kill(process.pid, SIGINT)
            let (out, err, ending) = try await blocking { process.finish() }
            let stderr = String(decoding: err, as: UTF8.self)
            #expect(ending == .exited(130), "\(stderr)")

            let documents = String(decoding: out, as: UTF8.self).components(separatedBy: "\n]\n").dropLast().map { $0 + "\n]" }
            let changes = try #require(documents.last.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } as? [[String: Any]])
            let outcomes = Dictionary(changes.map { ($0["id"] as? String ?? "", $0["outcome"] as? String ?? "") }, uniquingKeysWith: { $1 })
            #expect(outcomes.values.contains("changed") && outcomes.values.contains("not sent"), "interrupted part way: \(outcomes)")
            let unknown = changes.filter { $0["outcome"] as? String == "unknown" }
            #expect(unknown.isEmpty, "settled within the deadline; not: \(unknown)\n\(stderr)")
            let now = Dictionary(try await client.users().collect().map { ($0.id, $0.apiEnabled) }, uniquingKeysWith: { $1 })
            for (id, outcome) in outcomes {
                #expect(now[id] == (outcome == "changed"), "\(id): reported \(outcome)")
            }
        }
    }
}
