import Foundation
import Testing
import VusTestSupport
@testable import VultrSandbox

@Suite struct FaultTests {
    @Test(arguments: [(FaultPlan.Kind.internalError, 500), (.unavailable, 503)])
    func injectedErrorsAnswerBeforeAnythingChanges(kind: FaultPlan.Kind, status: Int) async throws {
        try await withSandbox(configure: { $0.faults = FaultPlan(rate: 1, kinds: [kind]) }) { http in
            let reply = try await http.send(.POST, "/v2/users", body: http.json(UserTests.newUser))
            #expect(reply.status == status)
            #expect(reply.json["status"] as? Int == status)
            #expect(reply.contentType == "application/json")
            #expect(await http.sandbox.store.userCount == 25, "the request was not processed")
        }
    }

    @Test func cutOffResponsesAreTruncatedAfterTheChangeIsMade() async throws {
        try await withSandbox { http in
            http.sandbox.faults.update(FaultPlan(rate: 1, kinds: [.cutOff]))
            await #expect(throws: (any Error).self) {
                _ = try await http.send(.POST, "/v2/users", body: http.json(UserTests.newUser))
            }
            await #expect(throws: (any Error).self) { _ = try await http.get("/v2/users") }
            http.sandbox.faults.update(FaultPlan())
            #expect(await http.sandbox.store.emails.contains("dana@example.org"), "the create happened")
        }
    }

    @Test func cutOffWithoutABodyDropsTheConnection() async throws {
        try await withSandbox { http in
            let id = try await http.userID(email: "bob.hughes@example.com")
            http.sandbox.faults.update(FaultPlan(rate: 1, kinds: [.cutOff]))
            await #expect(throws: (any Error).self) {
                _ = try await http.send(.PATCH, "/v2/users/\(id)", body: #"{"acls":["dns"]}"#)
            }
            http.sandbox.faults.update(FaultPlan())
            let user = try await http.get("/v2/users/\(id)").json["user"] as? [String: Any]
            #expect(user?["acls"] as? [String] == ["dns"], "the change was applied")
        }
    }

    /// The same seed faults the same requests; another seed faults others.
    @Test func faultsAreReproducibleFromTheSeed() async throws {
        func pattern(seed: UInt64) async throws -> [Int] {
            var statuses: [Int] = []
            try await withSandbox(configure: { $0.faults = FaultPlan(rate: 0.3, kinds: [.internalError, .unavailable], seed: seed) }) { http in
                for _ in 0..<60 { statuses.append(try await http.get("/v2/account").status) }
            }
            return statuses
        }
        let first = try await pattern(seed: 42)
        #expect(try await pattern(seed: 42) == first)
        #expect(try await pattern(seed: 7) != first)
        let faulted = first.filter { $0 != 200 }.count
        #expect((6...30).contains(faulted), "about 30% of 60 requests, got \(faulted)")
        #expect(Set(first).isSubset(of: [200, 500, 503]))
    }

    @Test func latencyIsAddedToEveryRequest() async throws {
        try await withSandbox(configure: { $0.faults = FaultPlan(latencyMilliseconds: 150) }) { http in
            let clock = ContinuousClock()
            let elapsed = try await clock.measure { _ = try await http.get("/v2/account") }
            #expect(elapsed >= .milliseconds(150))
        }
    }
}
