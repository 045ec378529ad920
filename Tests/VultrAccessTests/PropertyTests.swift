import Testing
import VusTestSupport
import VultrAccess

/// `decide` and `whoCan` against the brute-force reference on thousands of random
/// organizations. A failure prints the seed, organization number and question.
@Suite struct PropertyTests {
    static let seed: UInt64 = 0x5EED_2026

    @Test func decideMatchesBruteForce() throws {
        var rng = SplitMix64(seed: Self.seed)
        var asked = 0, allowed = 0, partial = 0, deniedByStatement = 0, throughTrusts = 0
        for number in 0..<3_000 {
            let org = RandomOrganization(using: &rng)
            let graph = org.graph
            for _ in 0..<12 {
                let question = org.question(using: &rng)
                let decision = try graph.decide(user: question.user, action: question.action, resource: question.resource)
                let expected = BruteForceReference.decide(org, user: question.user, action: question.action,
                                                          resource: question.resource)
                let context = "seed \(Self.seed) org \(number) \(question)"
                #expect(decision.outcome == expected.outcome, "\(context)")
                #expect(decision.via.map(\.description).sorted() == expected.via, "\(context)")
                if let fixed = expected.fixedReason {
                    #expect(decision.reason == fixed, "\(context)")
                } else {
                    #expect(decision.reason.hasPrefix("allowed") || decision.reason.hasPrefix("denied by"), "\(context)")
                }
                #expect(decision.apiEnabled == graph.user(id: question.user)?.apiEnabled, "\(context)")
                asked += 1
                if decision.via.contains(where: { $0.steps.contains { if case .trust = $0 { true } else { false } } }) {
                    throughTrusts += 1
                }
                switch decision.outcome {
                case .allow: allowed += 1
                case .partial: partial += 1
                case .deny: if expected.fixedReason == nil { deniedByStatement += 1 }
                }
            }
        }
        // The generator must actually reach every branch, or the comparison proves little.
        #expect(asked == 36_000)
        #expect(allowed > 3_000)
        #expect(partial > 300)
        #expect(deniedByStatement > 1_000)
        #expect(throughTrusts > 300)
    }

    @Test func whoCanMatchesFilteringDecide() throws {
        var rng = SplitMix64(seed: Self.seed ^ 0xFF)
        for number in 0..<1_000 {
            let org = RandomOrganization(using: &rng)
            let graph = org.graph
            for _ in 0..<3 {
                let question = org.question(using: &rng)
                let expected = try graph.users.compactMap { user -> UserAccess? in
                    let decision = try graph.decide(user: user.id, action: question.action, resource: question.resource)
                    return decision.isAllowedSomewhere ? UserAccess(user: user, decision: decision) : nil
                }
                #expect(graph.whoCan(action: question.action, resource: question.resource) == expected,
                        "org \(number) \(question)")
            }
        }
    }
}
