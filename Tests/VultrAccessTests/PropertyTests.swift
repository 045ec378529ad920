import Testing
import VusTestSupport
import VultrAccess

/// `decide` and `whoCan` against the brute-force reference on thousands of random
/// organizations. A failure prints the seed, organization number and question.
///
/// Each comparison runs on a thread of its own (``blocking(_:)``) and hands back what it found:
/// seconds of computing on Swift's cooperative threads would stall every in-process sandbox of
/// the tests running beside it.
@Suite struct PropertyTests {
    static let seed: UInt64 = 0x5EED_2026

    /// What a comparison found: the questions answered differently, and how often each branch ran.
    struct Findings: Sendable {
        var mismatches: [String] = []
        var asked = 0, allowed = 0, partial = 0, deniedByStatement = 0, throughTrusts = 0

        mutating func check(_ holds: Bool, _ what: String, _ context: String) {
            if !holds { mismatches.append("\(what): \(context)") }
        }
    }

    @Test func decideMatchesBruteForce() async throws {
        let found = try await blocking { try Self.compareDecisions() }
        #expect(found.mismatches.isEmpty, "\(found.mismatches.count) differ, first: \(found.mismatches.prefix(5))")
        // The generator must actually reach every branch, or the comparison proves little.
        #expect(found.asked == 36_000)
        #expect(found.allowed > 3_000)
        #expect(found.partial > 300)
        #expect(found.deniedByStatement > 1_000)
        #expect(found.throughTrusts > 300)
    }

    @Test func whoCanMatchesFilteringDecide() async throws {
        let found = try await blocking { try Self.compareWhoCan() }
        #expect(found.mismatches.isEmpty, "\(found.mismatches.count) differ, first: \(found.mismatches.prefix(5))")
        #expect(found.asked == 3_000)
    }

    static func compareDecisions() throws -> Findings {
        var rng = SplitMix64(seed: seed)
        var found = Findings()
        for number in 0..<3_000 {
            let org = RandomOrganization(using: &rng)
            let graph = org.graph
            for _ in 0..<12 {
                let question = org.question(using: &rng)
                let decision = try graph.decide(user: question.user, action: question.action, resource: question.resource)
                let expected = BruteForceReference.decide(org, user: question.user, action: question.action,
                                                          resource: question.resource)
                let context = "seed \(seed) org \(number) \(question)"
                found.check(decision.outcome == expected.outcome, "outcome \(decision.outcome), not \(expected.outcome)", context)
                found.check(decision.via.map(\.description).sorted() == expected.via, "paths \(decision.via)", context)
                if let fixed = expected.fixedReason {
                    found.check(decision.reason == fixed, "reason '\(decision.reason)', not '\(fixed)'", context)
                } else {
                    found.check(decision.reason.hasPrefix("allowed") || decision.reason.hasPrefix("denied by"),
                                "reason '\(decision.reason)'", context)
                }
                found.check(decision.apiEnabled == graph.user(id: question.user)?.apiEnabled, "API flag", context)
                found.asked += 1
                if decision.via.contains(where: { $0.steps.contains { if case .trust = $0 { true } else { false } } }) {
                    found.throughTrusts += 1
                }
                switch decision.outcome {
                case .allow: found.allowed += 1
                case .partial: found.partial += 1
                case .deny: if expected.fixedReason == nil { found.deniedByStatement += 1 }
                }
            }
        }
        return found
    }

    static func compareWhoCan() throws -> Findings {
        var rng = SplitMix64(seed: seed ^ 0xFF)
        var found = Findings()
        for number in 0..<1_000 {
            let org = RandomOrganization(using: &rng)
            let graph = org.graph
            for _ in 0..<3 {
                let question = org.question(using: &rng)
                let expected = try graph.users.compactMap { user -> UserAccess? in
                    let decision = try graph.decide(user: user.id, action: question.action, resource: question.resource)
                    return decision.isAllowedSomewhere ? UserAccess(user: user, decision: decision) : nil
                }
                found.check(graph.whoCan(action: question.action, resource: question.resource) == expected,
                            "who can", "org \(number) \(question)")
                found.asked += 1
            }
        }
        return found
    }
}
