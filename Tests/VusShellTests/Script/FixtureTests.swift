import Foundation
import Testing
import VultrSandbox
import VusTestSupport

/// Each `Fixtures/NAME.vus` runs through the real `vus` executable against a fresh sandbox;
/// its standard output, standard error and exit status must equal `NAME.stdout`, `NAME.stderr`
/// and `NAME.status`. `NAME.args` holds extra arguments, one per line. Set
/// VUS_UPDATE_FIXTURES=1 to write the expected files from a run (then read them before committing).
@Suite struct FixtureTests {
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: VusProcess.fixtures.path)) ?? []
        return files.filter { $0.hasSuffix(".vus") }.map { String($0.dropLast(4)) }.sorted()
    }()

    @Test(arguments: FixtureTests.names)
    func fixture(name: String) async throws {
        try await withTestSandbox { sandbox in
            let directory = VusProcess.fixtures
            func expected(_ suffix: String) -> URL { directory.appendingPathComponent("\(name).\(suffix)") }
            let extra = (try? String(contentsOf: expected("args"), encoding: .utf8))?
                .split(separator: "\n").map(String.init) ?? []
            let result = try await VusProcess.run(extra + ["\(name).vus"], sandbox: sandbox, directory: directory)

            if ProcessInfo.processInfo.environment["VUS_UPDATE_FIXTURES"] == "1" {
                try result.stdout.write(to: expected("stdout"), atomically: true, encoding: .utf8)
                try result.stderr.write(to: expected("stderr"), atomically: true, encoding: .utf8)
                try "\(result.status)\n".write(to: expected("status"), atomically: true, encoding: .utf8)
                return
        }
        let stdout = try String(contentsOf: expected("stdout"), encoding: .utf8)
        let stderr = try String(contentsOf: expected("stderr"), encoding: .utf8)
        let status = try String(contentsOf: expected("status"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(result.stdout == stdout, "stdout of \(name).vus")
        #expect(result.stderr == stderr, "stderr of \(name).vus")
        #expect(String(result.status) == status, "exit status of \(name).vus")
        }
    }
}
