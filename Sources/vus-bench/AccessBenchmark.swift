import Foundation
import VultrAPI
import VultrSandbox

/// `who can` over a large organization (10,000 users, 200 groups, 100 roles, 500 policies):
/// loading it at Vultr's 30 requests/second against that limit's floor, then the question
/// in-process (goal: under 20 ms).
enum AccessBenchmark {
    static func run() async throws {
        var configuration = SandboxConfiguration(apiKeys: ["bench-key-0000000000"])
        configuration.seedUsers = 10_000
        configuration.organizationShape = OrganizationShape(groups: 200, roles: 100, policies: 500)
        configuration.rateLimit = 30
        let sandbox = try await Sandbox.start(configuration)
        let clientConfiguration = VultrClient.Configuration(apiKey: "bench-key-0000000000", baseURL: sandbox.url)
        let client = try VultrClient(clientConfiguration)
        try await Task.sleep(for: .seconds(1))
        var snapshot: OrganizationSnapshot?
        let loading = try await ContinuousClock().measure { snapshot = try await client.loadOrganization() }
        await sandbox.stop()
        guard let snapshot else { return }
        let floor = Double(max(0, snapshot.requests - clientConfiguration.burst)) / clientConfiguration.requestsPerSecond
        Benchmarks.report(String(format: "load an organization of %d users (%d groups, %d roles, %d policies) in %d requests at 30 req/s; floor %.2f s, %.3f× the floor (goal ≤ 1.05×)",
                                 snapshot.users.count, snapshot.groups.count, snapshot.roles.count, snapshot.policies.count,
                                 snapshot.requests, floor, Benchmarks.seconds(loading) / floor), loading)
        let clock = ContinuousClock()
        var graph = snapshot.accessGraph(at: snapshot.readAt)
        let building = clock.measure { graph = snapshot.accessGraph(at: snapshot.readAt) }
        for action in ["compute.instance.Delete", "account.billing.Read", "iam.group.AddMember"] {
            var allowed = 0
            var times: [Duration] = []
            for _ in 0..<20 { times.append(clock.measure { allowed = graph.whoCan(action: action, resource: nil).count }) }
            times.sort()
            print(String(format: "%8.2f ms  who can %@ over %d users: %d allowed (median of 20; slowest %.2f ms; graph built in %.1f ms; goal < 20 ms)",
                         Benchmarks.milliseconds(times[10]), action, snapshot.users.count, allowed,
                         Benchmarks.milliseconds(times.last!), Benchmarks.milliseconds(building)))
        }
    }
}
