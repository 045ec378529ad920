import Foundation
import Testing
import VultrAPI
@testable import VusLanguage
@testable import VusShell

/// Filters applied to users in memory: every condition must hold, `sort=` orders (ties keep the
/// account's order), and no request is made unless a filter needs one.
@Suite struct UserSelectionTests {
    static let users = [
        User(id: "1", firstName: "Ada", lastName: "L", email: "ada@example.com", apiEnabled: true, status: .active,
             lastActivity: "2026-08-01T00:00:00+00:00"),
        User(id: "2", firstName: "Bo", lastName: "K", email: "bo@contractor.com", apiEnabled: true, status: .suspended,
             lastActivity: "2026-03-01T00:00:00+00:00"),
        User(id: "3", firstName: "Cy", lastName: "M", email: "cy@contractor.com", apiEnabled: false, status: .pending),
    ]

    func select(_ filters: [Filter]) async throws -> [String] {
        try await UserSelection(filters: filters).apply(to: Self.users, client: {
            Issue.record("no filter here needs the API")
            throw ShellError("no client")
        }()).users.map(\.id)
    }

    @Test func everyConditionMustHold() async throws {
        #expect(try await select([Filter(key: .email, pattern: "*@contractor.com"), Filter(key: .api, pattern: "on")]) == ["2"])
        #expect(try await select([Filter(key: .suspended, pattern: "yes")]) == ["2"])
        #expect(try await select([Filter(key: .suspended, pattern: "no")]) == ["1", "3"])
        #expect(try await select([Filter(key: .status, pattern: "pending")]) == ["3"])
    }

    @Test func sortOrdersAndNeverActiveCountsAsOldest() async throws {
        #expect(try await select([Filter(key: .sort, pattern: "last_activity")]) == ["3", "2", "1"])
        #expect(try await select([Filter(key: .sort, pattern: "-last_activity")]) == ["1", "2", "3"])
        #expect(try await select([Filter(key: .sort, pattern: "email")]) == ["1", "2", "3"])
    }
}
