import Foundation
import Testing
import VusTestSupport

/// A script's cost grows with its length, not its square: each `let` used to copy every
/// variable defined before it (100,000 lines took 38.5 s in a release build).
@Suite struct ScriptScaleTests {
    @Test func distinctLetsCostLinearTime() async throws {
        let directory = try temporaryDirectory()
        func cpu(lines: Int) async throws -> Double {
            let file = directory.appendingPathComponent("lets-\(lines).vus")
            let text = (0..<lines).map { "let v\($0) = value\($0)\n" }.joined() + "echo $v\(lines - 1)\n"
            try text.write(to: file, atomically: false, encoding: .utf8)
            let run = try await blocking { try MeasuredRun.run(VusProcess.executable, [file.path], environment: VusProcess.environment(for: nil)) }
            #expect(run.status == 0, "\(run.standardError)")
            return run.cpuSeconds
        }
        let small = try await cpu(lines: 5_000)
        let large = try await cpu(lines: 50_000)
        // Ten times the lines: about ten times the time when linear, a hundred when quadratic.
        #expect(large < small * 25, "5,000 lets: \(small) s; 50,000: \(large) s")
    }
}
