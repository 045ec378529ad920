import Foundation
import Testing
import VusTestSupport
import VultrAPI
import VultrSandbox

@Suite struct ResilienceTests {
    /// The calls that failed and every exchange, for a failure's message: which attempt gave up, and why.
    static func failures<Value>(_ results: [Result<Value, any Error>], _ log: TraceLog) -> String {
        let failed = results.compactMap { result -> String? in
            if case .failure(let error) = result { return "\(error)" }
            return nil
        }
        return "failed: \(failed)\nexchanges:\n" + log.all.map(\.description).joined(separator: "\n")
    }

    @Test func rateLimitedCallsWaitForRetryAfterAndSucceed() async throws {
        try await withClient(sandbox: { $0.rateLimit = 3 }) { client, _, log in
            let results = await client.bulk(Array(0..<8)) { _ in try await client.account() }
            #expect(results.allSatisfy { (try? $0.get()) != nil }, "\(Self.failures(results, log))")
            #expect(log.count(status: 429) > 0, "the sandbox did push back")
            #expect(log.count(status: 200) == 8)
        }
    }

    @Test func injectedServerErrorsOnUpdatesAreRetried() async throws {
        try await withClient(client: { $0.retry.maxAttempts = 12 }) { client, sandbox, log in
            let users = try await client.users().collect().prefix(20)
            sandbox.faults.update(FaultPlan(rate: 0.5, kinds: [.internalError, .unavailable], seed: 3))
            for user in users {
                try await client.updateUser(id: user.id, UserUpdate(acls: ["dns", "alerts"]))
            }
            sandbox.faults.update(FaultPlan())
            let after = try await client.users().collect().prefix(20)
            #expect(after.allSatisfy { $0.acls == ["dns", "alerts"] })
            #expect(log.count(status: 500) + log.count(status: 503) > 0)
        }
    }

    @Test func droppedConnectionsOnUpdatesAndDeletesAreRetriedAndAppliedOnce() async throws {
        try await withClient(client: { $0.retry.maxAttempts = 12 }) { client, sandbox, log in
            let users = Array(try await client.users().collect().prefix(10))
            sandbox.faults.update(FaultPlan(rate: 0.5, kinds: [.cutOff], seed: 11))
            for user in users.prefix(5) {
                try await client.updateUser(id: user.id, UserUpdate(apiEnabled: false))
            }
            for user in users.suffix(5) { try await client.deleteUser(id: user.id) }
            sandbox.faults.update(FaultPlan())
            #expect(log.all.contains { $0.status == nil }, "some connections were cut")
            #expect(await sandbox.store.userCount == 20, "each delete happened exactly once")
            for user in users.prefix(5) { #expect(try await client.user(id: user.id).apiEnabled == false) }
        }
    }

    @Test func aCreateIsNotRetriedOnceItMayHaveReachedTheServer() async throws {
        try await withClient { client, sandbox, log in
            sandbox.faults.update(FaultPlan(rate: 1, kinds: [.cutOff]))
            let error = await #expect(throws: VultrError.self) { _ = try await client.createUser(OperationTests.dana) }
            sandbox.faults.update(FaultPlan())
            #expect(error?.kind == .transport)
            #expect(error?.attempts == 1)
            #expect(log.all.count == 1, "sent once")
            #expect(await sandbox.store.emails.filter { $0 == "dana@example.org" }.count == 1, "created exactly once")

            sandbox.faults.update(FaultPlan(rate: 1, kinds: [.unavailable]))
            var other = OperationTests.dana
            other.email = "other@example.org"
            let unavailable = await #expect(throws: VultrError.self) { _ = try await client.createUser(other) }
            sandbox.faults.update(FaultPlan())
            #expect(unavailable?.status == 503)
            #expect(unavailable?.attempts == 1)
        }
    }

    @Test func aCreateIsRetriedWhenRateLimited() async throws {
        try await withClient(sandbox: { $0.rateLimit = 2 }) { client, sandbox, log in
            let results = await client.bulk(Array(0..<5)) { index in
                var new = OperationTests.dana
                new.email = "bulk\(index)@example.org"
                return try await client.createUser(new)
            }
            #expect(results.allSatisfy { (try? $0.get()) != nil }, "\(Self.failures(results, log))")
            #expect(log.count(status: 429) > 0)
            #expect(await sandbox.store.userCount == 30)
        }
    }

    @Test func aRefusedConnectionIsRetriedEvenForACreateThenReported() async throws {
        var configuration = VultrClient.Configuration(apiKey: sandboxKey, baseURL: URL(string: "http://127.0.0.1:9")!)
        configuration.retry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20))
        configuration.requestTimeout = .seconds(5)
        let client = try VultrClient(configuration)
        let error = await #expect(throws: VultrError.self) { _ = try await client.createUser(OperationTests.dana) }
        #expect(error?.kind == .transport)
        #expect(error?.attempts == 3)
        #expect(error?.description.hasPrefix("create user dana@example.org: connection failed") == true)
    }

    @Test func attemptsAreCapped() async throws {
        try await withClient(sandbox: { $0.faults = FaultPlan(rate: 1, kinds: [.unavailable]) },
                             client: { $0.retry = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .milliseconds(2)) }) { client, _, log in
            let error = await #expect(throws: VultrError.self) { _ = try await client.account() }
            #expect(error?.status == 503)
            #expect(error?.attempts == 3)
            #expect(error?.summary.contains("tried 3 times") == true)
            #expect(log.all.count == 3)
        }
    }

    @Test func totalTimeIsCapped() async throws {
        try await withClient(sandbox: { $0.faults = FaultPlan(rate: 1, kinds: [.unavailable]) },
                             client: { $0.retry = RetryPolicy(maxAttempts: 100, maxTotalTime: .milliseconds(300),
                                                              baseDelay: .milliseconds(50), maxDelay: .milliseconds(100)) }) { client, _, log in
            let error = await #expect(throws: VultrError.self) { _ = try await client.account() }
            #expect(error?.status == 503)
            #expect(log.all.count < 100)
        }
    }

    @Test func cancellationAbortsTheRequest() async throws {
        // The answer would take 60 s; a busy machine may take seconds to cancel, never that long.
        try await withClient(sandbox: { $0.faults = FaultPlan(latencyMilliseconds: 60_000) }) { client, _, _ in
            let clock = ContinuousClock()
            let started = clock.now
            let call = Task { try await client.account() }
            try await Task.sleep(for: .milliseconds(200))
            call.cancel()
            let result = await call.result
            #expect(throws: CancellationError.self) { try result.get() }
            #expect(started.duration(to: clock.now) < .seconds(30), "did not wait for the 60 s answer")
        }
    }

    @Test func cancellingABulkJobReportsWhatWasDone() async throws {
        try await withClient(sandbox: { $0.faults = FaultPlan(latencyMilliseconds: 300) },
                             client: { $0.maxConcurrency = 2 }) { client, _, _ in
            let users = try await client.users().collect()
            let finished = Tally()
            let job = Task {
                await client.bulk(users) { user in
                    let fetched = try await client.user(id: user.id)
                    finished.increment()
                    return fetched
                }
            }
            while finished.value < 2 { try await Task.sleep(for: .milliseconds(5)) }
            job.cancel()
            let results = await job.value
            let done = results.filter { (try? $0.get()) != nil }.count
            #expect(results.count == 25)
            #expect(done >= 2 && done < 25)
            #expect(results.allSatisfy { result in
                if case .failure(let error) = result { return error is CancellationError }
                return true
            })
        }
    }

    /// 300 updates at the sandbox's default limit (30/s) with the client's default limiter:
    /// no request bounces.
    @Test func theClientLimiterKeepsABulkJobFreeOf429s() async throws {
        try await withClient(users: 300, sandbox: { $0.rateLimit = 30 },
                             client: { $0.requestsPerSecond = 30; $0.burst = 10 }) { client, _, log in
            let users = try await client.users().collect()
            let results = await client.bulk(users) { user in
                try await client.updateUser(id: user.id, UserUpdate(acls: ["support"]))
            }
            #expect(results.allSatisfy { (try? $0.get()) != nil })
            #expect(log.count(status: 429) == 0)
            #expect(log.count(status: 204) == 300)
        }
    }
}
