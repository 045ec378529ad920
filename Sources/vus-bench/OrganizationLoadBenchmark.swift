import Foundation
import VultrAPI
import VultrSandbox

/// The time to load a 1,000-user organization (50 groups, 100 roles, 300 policies) at Vultr's
/// 30 requests/second, against the floor that limit sets for the same number of requests.
enum OrganizationLoadBenchmark {
    static func run() async throws {
        var configuration = SandboxConfiguration(apiKeys: ["bench-key-0000000000"])
        configuration.seedUsers = 1000
        configuration.rateLimit = 30
        let sandbox = try await Sandbox.start(configuration)
        let clientConfiguration = VultrClient.Configuration(apiKey: "bench-key-0000000000", baseURL: sandbox.url)
        let client = try VultrClient(clientConfiguration)
        try await Task.sleep(for: .seconds(1))  // a full bucket, as a fresh process has
        var snapshot: OrganizationSnapshot?
        let duration = try await ContinuousClock().measure { snapshot = try await client.loadOrganization() }
        guard let snapshot else { await sandbox.stop(); return }
        // The client's own limit lets a burst go at once, then one request per 1/30 s.
        let floor = Double(max(0, snapshot.requests - clientConfiguration.burst)) / clientConfiguration.requestsPerSecond
        let seconds = Benchmarks.seconds(duration)
        Benchmarks.report(String(format: "load the organization of %d users (%d groups, %d roles, %d policies) in %d requests at 30 req/s; floor %.2f s, %.3f× the floor (goal ≤ 1.05×)",
                                 snapshot.users.count, snapshot.groups.count, snapshot.roles.count, snapshot.policies.count,
                                 snapshot.requests, floor, seconds / floor), duration)
        await sandbox.stop()
    }
}
