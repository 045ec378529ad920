import Foundation
import Testing
import VusTestSupport

/// `ls users` through the real binary: sorting by a field the table does not show shows it.
@Suite struct ListUsersTests {
    @Test func sortingByAnUnshownFieldShowsItsColumn() async throws {
        try await withTestSandbox { sandbox in
            let plain = try await VusProcess.run(["-c", "ls users"], sandbox: sandbox)
            #expect(!plain.stdout.contains("LAST ACTIVITY") && !plain.stdout.contains("INVITED"))
            let byActivity = try await VusProcess.run(["-c", "ls users sort=-last_activity"], sandbox: sandbox)
            let heading = try #require(byActivity.stdout.split(separator: "\n").first)
            #expect(heading.contains("LAST ACTIVITY") && heading.hasSuffix("ID"), "\(heading)")
            let invited = try await VusProcess.run(["-c", "ls users sort=invited_on"], sandbox: sandbox)
            #expect(invited.stdout.split(separator: "\n").first?.contains("INVITED") == true)
            let json = try await VusProcess.run(["--format", "json", "-c", "ls users sort=-last_activity"], sandbox: sandbox)
            #expect(json.status == 0 && !json.stdout.contains("LAST ACTIVITY"))
        }
    }
}
