import Foundation
import LineEditing
import VultrAPI
import VultrSandbox
import VusShell

/// Benchmarks the client against an in-process sandbox and prints the figures:
/// starting a 1,000-user sandbox, listing 10,000 users, and updating 300 users under Vultr's
/// 30 requests/second limit (whose floor is 10 s), by the client alone and through vus's change
/// engine with its read-back; loading a 1,000-user organization at that limit; and P5: Tab completion over 10,000 cached users' emails (goal:
/// under 16 ms, one frame).
@main
struct Benchmarks {
    static func main() async throws {
        // `vus-bench organization` or `vus-bench access` runs only that benchmark.
        switch CommandLine.arguments.dropFirst().first {
        case "organization": return try await OrganizationLoadBenchmark.run()
        case "access": return try await AccessBenchmark.run()
        default: break
        }
        let clock = ContinuousClock()

        var small = SandboxConfiguration(apiKeys: ["bench-key-0000000000"])
        small.seedUsers = 1000
        let startup = try await clock.measure {
            let sandbox = try await Sandbox.start(small)
            await sandbox.stop()
        }
        report("start an in-process sandbox with 1,000 users", startup)

        var large = SandboxConfiguration(apiKeys: ["bench-key-0000000000"])
        large.seedUsers = 10_000
        let sandbox = try await Sandbox.start(large)
        let client = try VultrClient(.init(apiKey: "bench-key-0000000000", baseURL: sandbox.url))
        for run in 1...3 {
            var count = 0
            let listing = try await clock.measure { count = try await client.users().collect().count }
            report("list \(count) users (per_page 500, run \(run))", listing)
        }
        try completionFigures(users: try await client.users().collect())
        await sandbox.stop()

        var limited = SandboxConfiguration(apiKeys: ["bench-key-0000000000"])
        limited.seedUsers = 300
        limited.rateLimit = 30
        let limitedSandbox = try await Sandbox.start(limited)
        let rejected = Counter()
        var configuration = VultrClient.Configuration(apiKey: "bench-key-0000000000", baseURL: limitedSandbox.url)
        configuration.trace = { if $0.status == 429 { rejected.increment() } }
        let limitedClient = try VultrClient(configuration)
        let users = try await limitedClient.users().collect()
        try await Task.sleep(for: .seconds(1))  // let the listing's tokens refill
        var failures = 0
        let updates = await clock.measure {
            let results = await limitedClient.bulk(users) { user in
                try await limitedClient.updateUser(id: user.id, UserUpdate(apiEnabled: !(user.apiEnabled ?? true)))
            }
            failures = results.filter { (try? $0.get()) == nil }.count
        }
        report("update \(users.count) users at 30 req/s (\(failures) failed, \(rejected.value) answered 429)", updates)
        await limitedSandbox.stop()

        let engine = try await EngineBenchmark.bulkChange()
        report("vus 'api on' for 300 users at 30 req/s, with fresh read and read-back (\(engine.summary))", engine.duration)

        try await OrganizationLoadBenchmark.run()
        try await AccessBenchmark.run()
    }

    /// P5: what one Tab costs with 10,000 users cached: the shell's candidates plus the line
    /// editor's common prefix, the median and the slowest of 20 presses for each line.
    static func completionFigures(users: [User]) throws {
        let session = try Session(connection: nil, settings: Settings())
        session.users.remember(users)
        let clock = ContinuousClock()
        for line in ["use ", "use a", "ls users email=", "rm user zoe"] {
            var count = 0
            var inserted = ""
            var times: [Duration] = []
            for _ in 0..<20 {
                times.append(clock.measure {
                    let completions = session.completions(for: line)
                    count = completions.candidates.count
                    inserted = completions.commonPrefix  // what the line editor inserts
                })
            }
            times.sort()
            print(String(format: "%8.2f ms  P5: Tab after '%@' over %d cached users (%d candidates, common prefix '%@'; slowest %.2f ms; goal < 16 ms)",
                         milliseconds(times[times.count / 2]), line, users.count, count, inserted, milliseconds(times.last!)))
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func report(_ what: String, _ duration: Duration) {
        print(String(format: "%8.3f s  %@", seconds(duration), what))
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
