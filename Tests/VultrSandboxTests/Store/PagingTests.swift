import Foundation
import Testing
import VusTestSupport
@testable import VultrSandbox

@Suite struct PagingTests {
    /// 1,050 users walked with several page sizes: every user exactly once, in order.
    @Test(arguments: [nil, 1, 7, 100, 333, 500, 1000])
    func walkingNextListsEveryUserOnce(perPage: Int?) async throws {
        try await withSandbox(users: 1050) { http in
            let expected = await http.sandbox.store.emails.count
            let (ids, pages) = try await http.listAll(perPage: perPage)
            #expect(ids.count == expected)
            #expect(Set(ids).count == ids.count)
            let effective = min(perPage ?? 100, 500)
            #expect(pages == (1050 + effective - 1) / effective)
        }
    }

    @Test func metaCarriesTotalAndEmptyLinksAtTheEnds() async throws {
        try await withSandbox(users: 30) { http in
            let first = try await http.get("/v2/users?per_page=10")
            let meta = try #require(first.json["meta"] as? [String: Any])
            let links = try #require(meta["links"] as? [String: String])
            #expect(meta["total"] as? Int == 30)
            #expect(links["prev"] == "")
            #expect(links["next"]?.isEmpty == false)

            let last = try await http.get("/v2/users?per_page=10&cursor=\(PageCursor.after(20).encoded)")
            let lastLinks = try #require((last.json["meta"] as? [String: Any])?["links"] as? [String: String])
            #expect(lastLinks["next"] == "")
            #expect(lastLinks["prev"]?.isEmpty == false)

            let all = try await http.get("/v2/users")
            let allLinks = try #require((all.json["meta"] as? [String: Any])?["links"] as? [String: String])
            #expect(allLinks == ["next": "", "prev": ""])
            #expect((all.json["users"] as? [Any])?.count == 30)
        }
    }

    @Test func prevWalksBackToTheFirstPage() async throws {
        try await withSandbox(users: 95) { http in
            var forward: [[String]] = []
            var cursor = ""
            repeat {
                let reply = try await http.get("/v2/users?per_page=20" + (cursor.isEmpty ? "" : "&cursor=\(cursor)"))
                forward.append((reply.json["users"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
                cursor = ((reply.json["meta"] as? [String: Any])?["links"] as? [String: String])?["next"] ?? ""
                if cursor.isEmpty {
                    // Walk back from the last page with prev.
                    var back = ((reply.json["meta"] as? [String: Any])?["links"] as? [String: String])?["prev"] ?? ""
                    var backward: [[String]] = []
                    while !back.isEmpty {
                        let page = try await http.get("/v2/users?per_page=20&cursor=\(back)")
                        backward.append((page.json["users"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
                        back = ((page.json["meta"] as? [String: Any])?["links"] as? [String: String])?["prev"] ?? ""
                    }
                    #expect(Array(backward.reversed()) == forward.dropLast())
                }
            } while !cursor.isEmpty
            #expect(forward.count == 5)
        }
    }

    /// Users created and deleted between pages: no user that existed throughout is skipped or
    /// repeated, deleted users vanish, and new users appear at the end.
    @Test func listingStaysConsistentWhileUsersComeAndGo() async throws {
        try await withSandbox(users: 200) { http in
            let before = try await http.listAll(perPage: 500).ids
            var seen: [String] = []
            var cursor = ""
            var created: [String] = []
            var deleted: [String] = []
            var round = 0
            repeat {
                let reply = try await http.get("/v2/users?per_page=25" + (cursor.isEmpty ? "" : "&cursor=\(cursor)"))
                seen += (reply.json["users"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                cursor = ((reply.json["meta"] as? [String: Any])?["links"] as? [String: String])?["next"] ?? ""
                // Delete one user already listed and one not yet listed; create one.
                let behind = before[round * 25]
                let ahead = before[min(before.count - 1, round * 25 + 60)]
                for id in [behind, ahead] where !deleted.contains(id) {
                    #expect(try await http.send(.DELETE, "/v2/users/\(id)").status == 204)
                    deleted.append(id)
                }
                let body = http.json(["email": "new\(round)@example.com", "first_name": "New", "last_name": "User",
                                      "password": "correct horse"])
                let made = try await http.send(.POST, "/v2/users", body: body)
                created.append((made.json["user"] as? [String: Any])?["id"] as? String ?? "")
                round += 1
            } while !cursor.isEmpty

            #expect(Set(seen).count == seen.count, "no user listed twice")
            let survivors = before.filter { !deleted.contains($0) }
            #expect(survivors.allSatisfy(seen.contains), "no surviving user skipped")
            let deletedAhead = deleted.filter { !seen.contains($0) }
            #expect(deletedAhead.allSatisfy { !seen.contains($0) })
            #expect(created.dropLast().allSatisfy(seen.contains), "users created before the last page appear")
        }
    }

    @Test(arguments: ["per_page=0", "per_page=-3", "per_page=abc", "per_page=1.5", "cursor=!!!", "cursor=bm90X2FfY3Vyc29y"])
    func badPagingParametersAnswer400(query: String) async throws {
        try await withSandbox { http in
            let reply = try await http.get("/v2/users?\(query)")
            #expect(reply.status == 400)
            #expect(reply.json["status"] as? Int == 400)
            #expect(reply.error?.isEmpty == false)
        }
    }

    @Test func perPageAboveTheMaximumIsCappedAt500() async throws {
        try await withSandbox(users: 600) { http in
            let reply = try await http.get("/v2/users?per_page=100000")
            #expect((reply.json["users"] as? [Any])?.count == 500)
        }
    }
}
