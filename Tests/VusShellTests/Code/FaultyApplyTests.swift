import Foundation
import Testing
import VultrAPI
import VultrSandbox
import VusTestSupport

/// `apply` against an account whose API fails 30% of requests (500, 503, cut connections),
/// through the real binary: it finishes the job in one run, and `plan` then finds nothing to do.
@Suite struct FaultyApplyTests {
    @Test(arguments: [UInt64(11), 22, 33])
    func applyFinishesUnderFaultsInOneRun(seed: UInt64) async throws {
        try await withTestSandbox { sandbox in
            let users = try await snapshot(sandbox).sorted { ($0.email ?? "") < ($1.email ?? "") }
            // Every contractor's API access turned off and billing added to everyone with an 'a'
            // in their email; two users pruned; three created, with an allowlist each.
            var text = "users:\n"
            for user in users.dropFirst(2) {
                let email = user.email ?? ""
                var acls = Set(user.acls.map(\.rawValue))
                if email.contains("a") { acls.insert("billing") }
                let enabled = email.hasSuffix("@contractor.com") ? false : (user.apiEnabled ?? false)
                text += """
                    - email: \(email)
                      first_name: "\(user.firstName ?? "")"
                      last_name: "\(user.lastName ?? "")"
                      service_user: \(user.serviceUser ?? false)
                      api_enabled: \(enabled)
                      acls: [\(acls.sorted().joined(separator: ", "))]

                    """
            }
            for name in ["Nina", "Omar", "Pia"] {
                text += """
                    - email: \(name.lowercased())@newcomers.example.com
                      first_name: \(name)
                      last_name: New
                      api_enabled: true
                      acls: [subscriptions_view]
                      allowlist: [203.0.113.0/24]
                      password: ${PW}

                    """
            }
            let file = try temporaryDirectory().appendingPathComponent("users.yaml")
            try text.write(to: file, atomically: false, encoding: .utf8)
            sandbox.faults.update(FaultPlan(rate: 0.3, seed: seed))

            let apply = try await VusProcess.run(["-y", "-v", "PW=Long-Enough-Pw-1", "-c", "apply \(file.path) prune"], sandbox: sandbox)
            #expect(apply.status == 0, "apply, seed \(seed):\n\(apply.stderr)")
            let plan = try await VusProcess.run(["-c", "plan \(file.path)"], sandbox: sandbox)
            #expect(plan.status == 0, "plan, seed \(seed):\n\(plan.stdout)\n\(plan.stderr)")
            #expect(sandbox.faults.injected > 5, "faults were injected")
        }
    }
}
