import Foundation
import Testing
import VusTestSupport
import VultrAPI

/// Servers whose cursors would make a listing endless: the walk must stop with a clear error.
@Suite struct HostilePagingTests {
    /// One page of `users` users, claiming `total` in all and pointing to `next`.
    static func page(users: Int, total: Int, next: String) -> CannedServer.Answer {
        let list = (0..<users).map { #"{"id":"u\#($0)-\#(UUID().uuidString)","email":"u\#($0)@example.com"}"# }
        return .init(body: #"{"users":[\#(list.joined(separator: ","))],"meta":{"total":\#(total),"links":{"next":"\#(next)","prev":""}}}"#)
    }

    func listing(_ respond: @escaping @Sendable (CannedServer.Seen) -> CannedServer.Answer,
                 perPage: Int = 2) async throws -> (error: VultrError?, requests: Int) {
        let server = try await CannedServer.start(responding: respond)
        var configuration = VultrClient.Configuration(apiKey: "CANNED-KEY-00000000000000", baseURL: server.url)
        configuration.retry = .never
        let client = try VultrClient(configuration)
        let outcome = await #expect(throws: VultrError.self) { _ = try await client.users(perPage: perPage).collect() }
        let requests = server.requests.count
        await server.stop()
        return (outcome, requests)
    }

    @Test func theSameCursorOnEveryPageStopsTheListing() async throws {
        let (error, requests) = try await listing { _ in Self.page(users: 2, total: 1000, next: "SAMECURSOR") }
        #expect(error?.kind == .malformedResponse)
        #expect(error?.message == "the server returned cursor 'SAMECURSOR' twice; stopping after 2 pages")
        #expect(error?.description.hasPrefix("list users: ") == true)
        #expect(requests == 2)
    }

    @Test func alternatingCursorsStopTheListing() async throws {
        let (error, requests) = try await listing { request in
            Self.page(users: 2, total: 1000, next: request.path.contains("cursor=A") ? "B" : "A")
        }
        #expect(error?.kind == .malformedResponse)
        #expect(error?.message == "the server returned cursor 'A' twice; stopping after 3 pages")
        #expect(requests == 3)
    }

    @Test func morePagesThanTheTotalAllowsStopTheListing() async throws {
        let (error, requests) = try await listing { request in
            Self.page(users: 2, total: 5, next: "fresh-\(UUID().uuidString)")
        }
        #expect(error?.kind == .malformedResponse)
        // 5 users at 2 a page is 3 pages; 2 more are tolerated for users added meanwhile.
        #expect(error?.message == "the server sent 5 pages and still another, more than its total of 5 users at 2 a page allows; stopping")
        #expect(requests == 5)
    }

    @Test func emptyPagesWithFreshCursorsStopTheListing() async throws {
        let (error, requests) = try await listing { _ in Self.page(users: 0, total: 0, next: UUID().uuidString) }
        #expect(error?.kind == .malformedResponse)
        #expect(requests == 2)
    }

    @Test func aServerServingSmallerPagesThanAskedStillListsEveryone() async throws {
        // Asked for 500 a page, the server serves 2: 7 users take 4 pages, within the limit.
        let server = try await CannedServer.start { request in
            let page = Int(request.path.components(separatedBy: "cursor=").last.flatMap { Int($0) } ?? 0)
            let next = page < 3 ? "\(page + 1)" : ""
            return Self.page(users: page < 3 ? 2 : 1, total: 7, next: next)
        }
        let client = try VultrClient(.init(apiKey: "CANNED-KEY-00000000000000", baseURL: server.url))
        let users = try await client.users().collect()
        await server.stop()
        #expect(users.count == 7)
    }
}
