import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport
@testable import VusLanguage
@testable import VusShell

/// Help is the reference, so every example in it must work: each command's examples run, in
/// order, through the real `vus` against a fresh sandbox.
@Suite struct HelpExampleTests {
    @Test("every help example runs against the sandbox", arguments: ShellRegistry.standard.syntaxes.verbs)
    func examplesRun(verb: String) async throws {
        try await withTestSandbox { sandbox in
            let directory = try temporaryDirectory("vus-examples")
            defer { try? FileManager.default.removeItem(at: directory) }
            try "ls acls\n".write(to: directory.appendingPathComponent("review.vus"), atomically: true, encoding: .utf8)

            // The examples act on a selected user with API access, and plan and apply read users.yaml.
            let prelude = ["use alice.anderson@example.com", "api on"]
            _ = try await VusProcess.run(["-y", "-c", prelude.joined(separator: "\n")], sandbox: sandbox)
            let export = try await VusProcess.run(["-c", "export users"], sandbox: sandbox)
            try export.stdout.write(to: directory.appendingPathComponent("users.yaml"), atomically: true, encoding: .utf8)
            let examples = ShellRegistry.standard.forms(of: verb).flatMap { $0.syntax.examples }
            let script = (prelude + examples).joined(separator: "\n")
            let result = try await VusProcess.run(["-y", "-v", "PW=Long-Enough-Pw-123", "-c", script],
                                                  sandbox: sandbox, directory: directory)
            // 'review' exits 3 when it has findings, as the seeded organization does by design.
            #expect(result.status == (verb == "review" ? 3 : 0), "\(verb): \(result.stderr)")
            #expect(!result.stderr.contains("error"), "\(verb): \(result.stderr)")
        }
    }

    @Test func helpNeedsNoKey() async throws {
        let result = try await VusProcess.run(["-c", "help key; echo ok"], sandbox: nil)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("usage: key new") && result.stdout.contains("usage: key rm"))
        #expect(result.stdout.hasSuffix("ok\n"))
    }

    @Test func versionIsPrinted() async throws {
        let result = try await VusProcess.run(["--version"], sandbox: nil)
        #expect(result.status == 0)
        #expect(result.stdout == VusVersion.current + "\n")
    }
}

