import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport

/// The mistakes an administrator makes while offboarding are refused before anything runs: the
/// earlier change in the same script is not sent either.
@Suite struct MistakeTests {
    @Test(arguments: [
        ("rm user #-1", "invalid row reference '#-1'"),
        ("api of", "did you mean 'off'?"),
        ("api offf", "did you mean 'off'?"),
        ("api maybe", "'api' takes on, off or a user"),
        ("set dryrun on", "did you mean 'dry-run'?"),
        ("set fromat json", "did you mean 'format'?"),
        ("key rm al", "did you mean 'all'?"),
        ("create user new@example.com first=N last=P", "'create user' needs password=<password>"),
    ])
    func refusedBeforeAnythingRuns(mistake: String, message: String) async throws {
        try await withTestSandbox { sandbox in
            let before = try await snapshot(sandbox)
            let script = "use bob.hughes@example.com\nacl set dns\n\(mistake)"
            let result = try await VusProcess.run(["-y", "-c", script], sandbox: sandbox)
            #expect(result.status == 2)
            #expect(result.stderr.contains("-c:3:") && result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.contains("nothing was run"))
            #expect(try await snapshot(sandbox) == before, "the account is unchanged")
        }
    }
}
