import Foundation
import Synchronization
import Testing
import VusTestSupport
import VultrAPI

/// A request sent again after an attempt whose answer says nothing of whether it acted (a 5xx,
/// a lost answer): the refusal of the repeat ("already a member", "already exists") may be the
/// first attempt's own work, so it is read back as a change, never as "already so".
@Suite struct RepeatedRequestTests {
    static func client(_ url: URL) throws -> VultrClient {
        var configuration = VultrClient.Configuration(apiKey: "REPEAT-KEY-000000000000000", baseURL: url)
        configuration.requestsPerSecond = 0
        configuration.retry = RetryPolicy(maxAttempts: 3, maxTotalTime: .seconds(20), baseDelay: .milliseconds(10),
                                          maxDelay: .milliseconds(50))
        return try VultrClient(configuration)
    }

    /// Answers the first POST with 503, every later one with 400, and lists the member as present.
    static func server(refusal: String) async throws -> CannedServer {
        let posts = Mutex(0)
        return try await CannedServer.start { seen in
            if seen.method == "POST" {
                let count = posts.withLock { $0 += 1; return $0 }
                return count == 1 ? .init(status: .serviceUnavailable, body: #"{"error":"busy"}"#)
                    : .init(status: .badRequest, body: #"{"error":"\#(refusal)"}"#)
            }
            return .init(body: #"{"group":{"id":"G1","display_name":"ops","members":[{"id":"U1"}]}}"#)
        }
    }

    @Test func aMembershipRefusedOnItsRepeatIsTheFirstAttemptsChange() async throws {
        let server = try await Self.server(refusal: "User is already a member of this group.")
        let outcome = try await Self.client(server.url).attach(.groupMember(group: "G1", user: "U1"))
        let posts = server.requests.filter { $0.method == "POST" }.count
        await server.stop()
        #expect(posts == 2)
        #expect(outcome == .changed)
    }

    @Test func aCreateRefusedOnItsRepeatMayHaveBeenMade() async throws {
        let server = try await Self.server(refusal: "A group named ops already exists.")
        let error = await #expect(throws: VultrError.self) { _ = try await Self.client(server.url).createGroup(name: "ops") }
        await server.stop()
        #expect(error?.status == 400 && error?.earlierAttemptMayHaveActed == true && error?.mayHaveActed == true)
    }

    @Test func aRefusalOfAFirstAttemptSaysNothingActed() async throws {
        let server = try await CannedServer.start { _ in .init(status: .badRequest, body: #"{"error":"A group named ops already exists."}"#) }
        let error = await #expect(throws: VultrError.self) { _ = try await Self.client(server.url).createGroup(name: "ops") }
        await server.stop()
        #expect(error?.earlierAttemptMayHaveActed == false && error?.mayHaveActed == false)
    }
}
