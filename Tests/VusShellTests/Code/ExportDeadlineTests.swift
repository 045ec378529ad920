import Foundation
import Synchronization
import Testing
import VultrSandbox
import VusTestSupport

/// `export users allowlists` against an API whose allowlist reads stall, through the real
/// binary: the export ends once a request timeout (30 s) passes with no read done, where each
/// read's own timeouts and retries used to add up to 180 s.
@Suite struct ExportDeadlineTests {
    @Test func stalledAllowlistReadsEndTheExportWithinOneDeadline() async throws {
        let injector = Mutex<FaultInjector?>(nil)
        try await withTestSandbox({ configuration in
            // Once the users are listed, every later request stalls for 40 s, past the 30 s limit.
            configuration.requestLog = { line in
                if line.hasPrefix("GET /v2/users?") || line.hasPrefix("GET /v2/users ") {
                    injector.withLock { $0?.update(FaultPlan(latencyMilliseconds: 40_000)) }
                }
            }
        }) { sandbox in
            injector.withLock { $0 = sandbox.faults }
            let clock = ContinuousClock()
            let started = clock.now
            let run = try await VusProcess.run(["-c", "export users email=*@contractor.com allowlists"], sandbox: sandbox)
            let elapsed = clock.now - started
            #expect(run.status == 1, "\(run.stderr)")
            #expect(run.stderr.contains("no allowlist was read in 30 s (0 of 4 read; the API is slow or stalled); nothing was exported"),
                    "\(run.stderr)")
            // Well before the 180 s it took without one deadline, with room for a loaded machine.
            #expect(elapsed < .seconds(60), "gave up after \(elapsed)")
            #expect(run.stdout.isEmpty, "no half document")
        }
    }
}
