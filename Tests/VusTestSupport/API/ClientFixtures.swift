import Foundation
import Synchronization
import VultrAPI
import VultrSandbox

/// Collects trace events from a client.
public final class TraceLog: Sendable {
    private let events = Mutex<[TraceEvent]>([])
    public var all: [TraceEvent] { events.withLock { $0 } }
    public func record(_ event: TraceEvent) { events.withLock { $0.append(event) } }
    public func count(status: Int) -> Int { all.filter { $0.status == status }.count }
}

public let sandboxKey = "SANDBOX-KEY-0123456789ABCDEFGHIJ"

/// Runs `body` with a client talking to a fresh in-process sandbox. By default both rate
/// limits are off and retries wait only briefly, so tests run fast.
public func withClient(
    users: Int = 25,
    sandbox configureSandbox: (inout SandboxConfiguration) -> Void = { _ in },
    client configureClient: (inout VultrClient.Configuration) -> Void = { _ in },
    _ body: (VultrClient, RunningSandbox, TraceLog) async throws -> Void
) async throws {
    var sandboxConfiguration = SandboxConfiguration(apiKeys: [sandboxKey])
    sandboxConfiguration.seedUsers = users
    sandboxConfiguration.rateLimit = 0
    configureSandbox(&sandboxConfiguration)
    let sandbox = try await Sandbox.start(sandboxConfiguration)
    let log = TraceLog()
    var configuration = VultrClient.Configuration(apiKey: sandboxKey, baseURL: sandbox.url)
    configuration.requestsPerSecond = 0
    // Retries wait briefly, within the client's own time budget: in a full run, the suites starting
    // at once have held an in-process sandbox's answers back 9 s, and a shorter budget then gave up
    // on a retried 429 the test was about.
    configuration.retry = RetryPolicy(maxAttempts: 5, maxTotalTime: RetryPolicy().maxTotalTime, baseDelay: .milliseconds(10),
                                      maxDelay: .milliseconds(100))
    configuration.trace = { log.record($0) }
    configureClient(&configuration)
    do {
        let client = try VultrClient(configuration)
        try await body(client, sandbox, log)
    } catch {
        await sandbox.stop()
        throw error
    }
    await sandbox.stop()
}

extension VultrClient {
    public func user(email: String) async throws -> User {
        guard let user = try await users().collect().first(where: { $0.email == email }) else {
            throw VultrError(kind: .configuration, message: "test fixture: no user \(email)")
        }
        return user
    }
}

/// A count shared between tasks.
public final class Tally: Sendable {
    private let count = Mutex(0)
    public var value: Int { count.withLock { $0 } }
    public func increment() { count.withLock { $0 += 1 } }

    public init() {}
}
