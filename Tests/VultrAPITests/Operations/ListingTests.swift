import Testing
import VusTestSupport
import VultrAPI
import VultrSandbox

@Suite struct ListingTests {
    /// Thousands of users, walked with every interesting page size: each exactly once, in order.
    @Test(arguments: [nil, 1, 37, 100, 499, 500, 501])
    func listsEveryUserWithEveryPageSize(perPage: Int?) async throws {
        try await withClient(users: 2345) { client, sandbox, log in
            let users = try await (perPage.map { client.users(perPage: $0) } ?? client.users()).collect()
            #expect(users.count == 2345)
            #expect(Set(users.map(\.id)).count == 2345)
            #expect(users.map { $0.email ?? "" } == (await sandbox.store.emails))
            let pageSize = min(perPage ?? 500, 500)
            #expect(log.all.count == (2345 + pageSize - 1) / pageSize, "one request per page")
        }
    }

    @Test func onePageAtATime() async throws {
        try await withClient(users: 120) { client, _, _ in
            let first = try await client.userPage(perPage: 50)
            #expect(first.users.count == 50)
            #expect(first.total == 120)
            #expect(first.previous == nil)
            let second = try await client.userPage(perPage: 50, cursor: try #require(first.next))
            #expect(second.users.first?.id != first.users.first?.id)
            let third = try await client.userPage(perPage: 50, cursor: try #require(second.next))
            #expect(third.users.count == 20)
            #expect(third.next == nil)
            let back = try await client.userPage(perPage: 50, cursor: try #require(third.previous))
            #expect(back.users.map(\.id) == second.users.map(\.id))
        }
    }

    @Test func decodesEveryFieldOfTheNewestSchema() async throws {
        try await withClient { client, _, _ in
            let bot = try await client.user(email: "ci-bot@example.com")
            #expect(bot.serviceUser == true)
            #expect(bot.apiEnabled == true)
            #expect(bot.status == .active)
            #expect(bot.firstName == "CI")
            #expect(bot.invitedOn?.isEmpty == false)
            let pending = try #require(try await client.users().collect().first { $0.status == .pending })
            #expect(pending.inviteAccepted == false)
            #expect(pending.lastActivity == "")
            #expect(pending.invitedBy == "owner@example.com")
        }
    }

    @Test func statusSentAsABooleanIsUnderstood() async throws {
        try await withClient(sandbox: { $0.statusAsBoolean = true }) { client, _, _ in
            let users = try await client.users().collect()
            #expect(users.contains { $0.status == .active })
            #expect(users.allSatisfy { $0.status != nil })
        }
    }
}
