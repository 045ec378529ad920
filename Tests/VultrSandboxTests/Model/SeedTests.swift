import Testing
@testable import VultrSandbox
import VusTestSupport

@Suite struct SeedTests {
    @Test func seedIsDeterministic() {
        #expect(SeedAccount.make(users: 100) == SeedAccount.make(users: 100))
        #expect(SeedAccount.make(users: 10).users.map(\.id) == Array(SeedAccount.make(users: 100).users.prefix(10).map(\.id)))
    }

    @Test func defaultAccountHasTheVarietyAnAdministratorMeets() {
        let users = SeedAccount.make(users: 25).users
        #expect(users.count == 25)
        #expect(Set(users.map(\.email)).count == 25)
        #expect(Set(users.map(\.id)).count == 25)
        #expect(users.contains { $0.serviceUser && $0.apiEnabled && !$0.apiKeys.isEmpty })
        #expect(users.contains { $0.status == "pending" && !$0.inviteAccepted && $0.lastActivity.isEmpty })
        #expect(users.contains { $0.apiEnabled } && users.contains { !$0.apiEnabled })
        #expect(users.filter { $0.email.hasSuffix("@contractor.com") }.count >= 3)
        #expect(users.contains { $0.email.hasSuffix("@contractor.com") && $0.apiEnabled })
        #expect(Set(users.map(\.acls)).count >= 4)
        #expect(users.allSatisfy { !$0.apiEnabled ? $0.apiKeys.isEmpty : true }, "disabled users hold no keys")
        #expect(users.flatMap(\.acls).allSatisfy(Validation.aclNames.contains))
    }

    /// Made on a thread of its own: a second of computing on Swift's cooperative threads would
    /// stall the in-process sandboxes of the tests beside it.
    @Test func largeAccountsHaveUniqueEmails() async throws {
        let distinct = try await blocking { Set(SeedAccount.make(users: 10_000).users.map { $0.email.lowercased() }).count }
        #expect(distinct == 10_000)
    }
}
