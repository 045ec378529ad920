import Foundation
import Synchronization
import Testing
import VultrSandbox
import VusTestSupport

/// A bulk change whose reading back fails after every retry, through the real binary: the run
/// fails saying so, what was changed stays reported, and nothing more is sent.
@Suite struct ReadBackFailureTests {
    @Test func aListingThatKeepsFailingEndsTheRunAndNothingIsSentAfterIt() async throws {
        let injector = Mutex<FaultInjector?>(nil)
        let patches = Atomic<Int>(0)
        let expected = Atomic<Int>(Int.max)
        try await withTestSandbox({ configuration in
            // Once the contractors are changed, every request fails.
            configuration.requestLog = { line in
                if line.hasPrefix("PATCH "), patches.add(1, ordering: .relaxed).newValue == expected.load(ordering: .relaxed) {
                    injector.withLock { $0?.update(FaultPlan(rate: 1, kinds: [.internalError])) }
                }
            }
        }) { sandbox in
            injector.withLock { $0 = sandbox.faults }
            let before = try await snapshot(sandbox).filter { $0.email?.hasSuffix("@contractor.com") == true && $0.apiEnabled == true }
            #expect(before.count >= 2, "the fixture has several contractors to change")
            expected.store(before.count, ordering: .relaxed)
            let run = try await VusProcess.run(["-y", "-c", "use users email=*@contractor.com", "-c", "api off",
                                                "-c", "api off alice.anderson@example.com"], sandbox: sandbox)
            #expect(run.status == 1)
            #expect(run.stderr.contains("could not read the users back to check the changes held"), "\(run.stderr)")
            #expect(run.stderr.contains("nothing more was sent"))
            #expect(run.stdout.components(separatedBy: "— changed").count - 1 == before.count, "the changes are reported\n\(run.stdout)")
            #expect(patches.load(ordering: .relaxed) == before.count, "nothing was sent after the failed listing")
        }
    }
}
