import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport
@testable import VusShell

/// Ctrl-C during a slowed bulk change stops the sending, reads back what was in flight, and
/// reports exactly what changed and what was not sent — checked against the account itself.
///
/// Nothing the test waits on runs on Swift's cooperative threads, which the tests beside it keep
/// busy: the sandbox is a `vus-sandbox` process of its own (the read-back it answers has a
/// deadline of 5 s), and the moment to interrupt is read from vus's journal on a thread of its own.
@Suite struct InterruptSettlementTests {
    @Test func ctrlCReportsExactlyWhatChanged() async throws {
        let sandbox = try SandboxProcess(["--port", "0", "--key", testAPIKey, "--users", "200", "--latency", "250", "--rate-limit", "0"])
        defer { kill(sandbox.process.pid, SIGKILL); _ = sandbox.wait() }
        let url = try await blocking { try sandbox.waitForURL() }
        do {
            let client = try VultrClient(.init(apiKey: testAPIKey, baseURL: url))
            let off = try await client.users().collect().filter { $0.apiEnabled == false }
            #expect(off.count >= 14, "the fixture has work to do")

            // Interrupt once the change is under way: its first answers journaled, most users not yet sent.
            let run = try await interruptedRun(["use users api=off", "api on"], url: url) { lines in
                lines.contains { $0.outcome == "changed" }
            }
            let (changes, stderr) = (run.changes, run.stderr)
            #expect(run.ending == .exited(130), "\(stderr)")
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

    /// Ctrl-C after every answer came, while vus reads the users back to check no other writer
    /// undid the change: the outcomes stand as answered, and the run says it was interrupted,
    /// not that a read failed.
    @Test func ctrlCDuringTheCheckingReadKeepsTheAnsweredOutcomes() async throws {
        let sandbox = try SandboxProcess(["--port", "0", "--key", testAPIKey, "--latency", "700", "--rate-limit", "0"])
        defer { kill(sandbox.process.pid, SIGKILL); _ = sandbox.wait() }
        let url = try await blocking { try sandbox.waitForURL() }
        let client = try VultrClient(.init(apiKey: testAPIKey, baseURL: url))
        let contractors = try await client.users().collect().filter { ($0.email ?? "").hasSuffix("@contractor.com") }
        let on = Set(contractors.filter { $0.apiEnabled == true }.map(\.id))
        #expect(on.count >= 2, "the fixture has work to do")

        // Every answer journaled, then 100 ms more: the checking read (700 ms) is under way.
        let run = try await interruptedRun(["use users email=*@contractor.com", "api off"], url: url, after: 100_000) { lines in
            lines.filter { $0.outcome == "changed" }.count == on.count
        }
        let (changes, stderr) = (run.changes, run.stderr)
        #expect(run.ending == .exited(130), "\(stderr)")
        #expect(stderr.contains("interrupted") && !stderr.contains("could not read the users back"), "\(stderr)")
        let changed = Set(changes.filter { $0["outcome"] as? String == "changed" }.compactMap { $0["id"] as? String })
        #expect(changed == on, "\(changes)")
        let now = try await client.users().collect().filter { on.contains($0.id) }
        #expect(now.allSatisfy { $0.apiEnabled == false }, "the changes reported changed are so on the server")
    }

    /// Runs vus's `commands` (`-y --format json`) against `url` with a journal of its own, and
    /// interrupts it (SIGINT) `after` microseconds once `ready` holds for the journal's lines.
    /// Returns the records of the last JSON document it printed, its error output and its end.
    private func interruptedRun(_ commands: [String], url: URL, after delay: useconds_t = 0,
                                when ready: @escaping @Sendable ([JournalEntry]) -> Bool) async throws
        -> (changes: [[String: Any]], stderr: String, ending: Spawned.Ending) {
        let journal = try temporaryDirectory().appendingPathComponent("journal.jsonl").path
        let environment = VusProcess.environment(for: nil, extra: [
            "VULTR_API_URL": url.absoluteString, "VULTR_API_KEY": testAPIKey, "VUS_JOURNAL": journal])
        let process = try Spawned.start(VusProcess.executable.path, ["-y", "--format", "json"] + commands.flatMap { ["-c", $0] },
                                        environment: environment)
        try process.input.close()
        let (out, err, ending) = try await blocking {
            for _ in 0..<2_000 {
                if ready(Journal(path: journal).lines()) { break }
                usleep(5_000)
            }
            usleep(delay)
            kill(process.pid, SIGINT)
            return process.finish()
        }
        let documents = String(decoding: out, as: UTF8.self).components(separatedBy: "\n]\n").dropLast().map { $0 + "\n]" }
        let changes = try #require(documents.last.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } as? [[String: Any]])
        return (changes, String(decoding: err, as: UTF8.self), ending)
    }
}
