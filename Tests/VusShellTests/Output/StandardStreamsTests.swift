import Foundation
import Testing
import VusTestSupport

@Suite struct StandardStreamsTests {
    /// `vus -c 'export users' > users.yaml` on a full disk: a failure that says why, never a
    /// crash nor a success whose output was cut short.
    @Test func aFullDiskEndsTheRunAsAFailureThatSaysWhy() async throws {
        let (status, errors) = try await runThroughShell("exec \"$0\" -c 'echo hi; echo there' > /dev/full")
        #expect(status == 1)
        #expect(errors == "vus: cannot write the output: No space left on device\n")
    }

    /// `vus -c 'echo hi' >&-`: with standard output closed, a descriptor the runtime opens would
    /// take its number; vus says the output is not there, as other tools do.
    @Test func aClosedStandardOutputEndsTheRunAsAFailureThatSaysWhy() async throws {
        let (status, errors) = try await runThroughShell("exec \"$0\" -c 'echo hi' >&-")
        #expect(status == 1)
        #expect(errors == "vus: cannot write the output: Bad file descriptor\n")
    }

    /// Runs `command` in sh, with `$0` the vus executable, in vus's test environment (no
    /// sandbox), so the shell can give vus the standard output a user's redirection would.
    private func runThroughShell(_ command: String) async throws -> (status: Int32, stderr: String) {
        let process = try Spawned.start("/bin/sh", ["-c", command, VusProcess.executable.path],
                                        environment: VusProcess.environment(for: nil))
        try process.input.close()
        let (_, errors, ending) = try await blocking { process.finish() }
        return (ending.status, String(decoding: errors, as: UTF8.self))
    }
}
