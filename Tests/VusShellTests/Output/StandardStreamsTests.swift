import Foundation
import Testing
import VusTestSupport

@Suite struct StandardStreamsTests {
    /// `vus -c 'export users' > users.yaml` on a full disk: a failure that says why, never a
    /// crash nor a success whose output was cut short.
    @Test func aFullDiskEndsTheRunAsAFailureThatSaysWhy() throws {
        let process = Process()
        process.executableURL = VusProcess.executable
        process.arguments = ["-c", "echo hi; echo there"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let (status, errors) = try runToEnd(process)
        #expect(status == 1)
        #expect(errors == "vus: cannot write the output: No space left on device\n")
    }

    /// `vus -c 'echo hi' >&-`: with standard output closed, a descriptor the runtime opens would
    /// take its number; vus says the output is not there, as other tools do.
    @Test func aClosedStandardOutputEndsTheRunAsAFailureThatSaysWhy() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" -c 'echo hi' >&-", VusProcess.executable.path]
        let (status, errors) = try runToEnd(process)
        #expect(status == 1)
        #expect(errors == "vus: cannot write the output: Bad file descriptor\n")
    }

    /// Runs `process` with vus's test environment (no sandbox) and its standard error captured.
    private func runToEnd(_ process: Process) throws -> (status: Int32, stderr: String) {
        process.environment = VusProcess.environment(for: nil)
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }
}
