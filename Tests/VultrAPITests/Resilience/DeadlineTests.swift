import Foundation
import Testing
import VusTestSupport
import VultrAPI

/// A server that stalls or trickles cannot hold a call past its deadlines.
@Suite struct DeadlineTests {
    static let trickle = HostileServer.Behaviour.trickle(
        head: "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{",
        every: .milliseconds(100))

    /// A client with short deadlines against `server`.
    static func client(_ server: HostileServer, retry: RetryPolicy = .never,
                       request: Duration = .seconds(1), operation: Duration = .seconds(5)) throws -> VultrClient {
        var configuration = VultrClient.Configuration(apiKey: "HOSTILE-KEY-00000000000000", baseURL: server.url)
        configuration.retry = retry
        configuration.requestTimeout = request
        configuration.operationTimeout = operation
        return try VultrClient(configuration)
    }

    /// Runs `call`, returning its error and how long it took.
    static func timed(_ call: () async throws -> Void) async -> (error: VultrError?, took: Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: VultrError.self) { try await call() }
        return (error, start.duration(to: clock.now))
    }

    @Test func aTricklingBodyFailsAtTheRequestDeadline() async throws {
        let server = try await HostileServer.start(Self.trickle)
        let client = try Self.client(server)
        let (error, took) = await Self.timed { _ = try await client.account() }
        await server.stop()
        #expect(error?.kind == .timedOut)
        #expect(error?.message == "the answer from GET /v2/account stalled: no complete answer within 1 s")
        // Generous for a loaded 2-core machine: the body alone would take 10,000 s.
        #expect(took < .seconds(30), "stopped near the 1 s deadline, not when the body would have ended")
    }

    @Test func aServerThatNeverAnswersFailsAtTheRequestDeadline() async throws {
        let server = try await HostileServer.start(.silent)
        let client = try Self.client(server)
        let (error, took) = await Self.timed { _ = try await client.users().collect() }
        await server.stop()
        #expect(error?.kind == .timedOut)
        #expect(error?.message == "127.0.0.1:\(server.port) did not answer GET /v2/users?per_page=500 within 1 s")
        #expect(took < .seconds(30), "gave up near the 1 s deadline instead of waiting for ever")
    }

    @Test func retriesStopAtTheOperationDeadline() async throws {
        let server = try await HostileServer.start(Self.trickle)
        let retry = RetryPolicy(maxAttempts: 100, maxTotalTime: .seconds(60), baseDelay: .milliseconds(10),
                                maxDelay: .milliseconds(20))
        let client = try Self.client(server, retry: retry, request: .seconds(1), operation: .milliseconds(3500))
        let (error, took) = await Self.timed { _ = try await client.account() }
        await server.stop()
        #expect(error?.kind == .timedOut)
        #expect((error?.attempts ?? 0) >= 1)
        #expect(error?.message.contains("stalled") == true || error?.message.contains("did not answer") == true)
        // Generous against a loaded 2-core CI machine; without the deadline it would run 100 attempts.
        #expect(took < .seconds(20), "the operation deadline of 3.5 s held (100 attempts would take 100 s)")
    }

    @Test func cancellingAStalledCallReturnsPromptly() async throws {
        let server = try await HostileServer.start(Self.trickle)
        let client = try Self.client(server, request: .seconds(30))
        let clock = ContinuousClock()
        let start = clock.now
        let call = Task { try await client.account() }
        try await Task.sleep(for: .milliseconds(300))
        call.cancel()
        let result = await call.result
        await server.stop()
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(start.duration(to: clock.now) < .seconds(25), "the 30 s deadline did not have to run out")
    }
}
