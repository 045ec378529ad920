import Foundation
import Testing
import VusTestSupport
import VultrAPI

/// Failures below the API read as sentences about the situation, never as the network stack's
/// own wording.
@Suite struct TransportErrorTests {
    static let developerWords = ["errno", "NSCocoaErrorDomain", "invalid constant string", "descriptor", "lacks error",
                                 "HTTPClientError", "NIO", "SSL"]

    static func expectPlain(_ error: VultrError?, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = error?.description ?? ""
        for word in developerWords {
            #expect(!text.contains(word), "\(text)", sourceLocation: sourceLocation)
        }
    }

    static func client(_ url: URL) throws -> VultrClient {
        var configuration = VultrClient.Configuration(apiKey: "HOSTILE-KEY-00000000000000", baseURL: url)
        configuration.retry = .never
        configuration.requestTimeout = .seconds(15)  // these servers answer at once; room for a loaded machine
        return try VultrClient(configuration)
    }

    @Test func aResetConnectionIsNamed() async throws {
        let server = try await HostileServer.start(.reset)
        let error = await #expect(throws: VultrError.self) { _ = try await Self.client(server.url).account() }
        await server.stop()
        #expect(error?.kind == .transport)
        #expect(error?.message == "the connection to 127.0.0.1:\(server.port) was reset while waiting for the answer")
        Self.expectPlain(error)
    }

    /// An answer cut off part-way (the server closed before the length it promised) is a
    /// closed connection, not a server that does not speak HTTP.
    @Test func anAnswerCutShortIsNamed() async throws {
        let server = try await HostileServer.start(.raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"account\": {"))
        let error = await #expect(throws: VultrError.self) { _ = try await Self.client(server.url).account() }
        await server.stop()
        #expect(error?.kind == .transport)
        #expect(error?.message == "127.0.0.1:\(server.port) closed the connection before answering in full", "\(error?.message ?? "")")
        Self.expectPlain(error)
    }

    @Test func anAnswerThatIsNotHTTPIsNamed() async throws {
        let server = try await HostileServer.start(.raw("SSH-2.0-OpenSSH_9.6\r\n\r\n"))
        let error = await #expect(throws: VultrError.self) { _ = try await Self.client(server.url).account() }
        await server.stop()
        #expect(error?.kind == .transport)
        #expect(error?.message == "127.0.0.1:\(server.port) did not answer with HTTP; check the API URL and its port")
        Self.expectPlain(error)
    }

    @Test func aRefusedConnectionIsNamed() async throws {
        // A port held by a socket that never listens, so no other test's server can take it.
        let closed = try ClosedPort()
        let url = try #require(URL(string: "http://127.0.0.1:\(closed.port)"))
        let error = await #expect(throws: VultrError.self) { _ = try await Self.client(url).account() }
        withExtendedLifetime(closed) {}
        #expect(error?.kind == .transport)
        #expect(error?.message.hasPrefix("\(url.host!):\(url.port!) refused the connection") == true, "\(error?.message ?? "")")
        Self.expectPlain(error)
    }

    @Test func tlsToAPlainHTTPServerIsNamed() async throws {
        let server = try await CannedServer.start(.init(body: "{}"))
        let https = try #require(URL(string: "https://127.0.0.1:\(server.url.port!)"))
        let error = await #expect(throws: VultrError.self) { _ = try await Self.client(https).account() }
        await server.stop()
        #expect(error?.kind == .transport)
        #expect(error?.message.contains("TLS") == true, "\(error?.message ?? "")")
        Self.expectPlain(error)
    }

    @Test func aChangeAnsweredWithAnUndocumentedSuccessIsNamed() async throws {
        let server = try await CannedServer.start(.init(status: .ok, body: #"{"ok":true}"#))
        let error = await #expect(throws: VultrError.self) {
            try await Self.client(server.url).updateUser(id: "u1", UserUpdate(apiEnabled: false))
        }
        await server.stop()
        #expect(error?.kind == .malformedResponse)
        #expect(error?.description == "update user u1: the answer did not match the API: "
            + "HTTP 200 with a body is not an answer the API documents for this request")
        Self.expectPlain(error)
    }
}
