import Foundation
import Hummingbird
import Logging
import Synchronization

/// A tiny HTTP server that answers whatever a test tells it to, for the answers the sandbox
/// never gives: HTML error pages, truncated JSON, unusual but valid users. It records the
/// requests it saw.
public final class CannedServer: Sendable {
    public struct Answer: Sendable {
        public var status: HTTPResponse.Status = .ok
        public var contentType = "application/json"
        public var body: String
        /// Sent besides `Content-Type`, e.g. a `Location`.
        public var headers: HTTPFields = [:]

        public init(status: HTTPResponse.Status = .ok, contentType: String = "application/json", body: String, headers: HTTPFields = [:]) {
            self.status = status
            self.contentType = contentType
            self.body = body
            self.headers = headers
        }
    }

    public struct Seen: Sendable {
        public var method: String
        public var path: String
        public var headers: HTTPFields
        public var body: String
    }

    private final class State: Sendable {
        let answer: Mutex<Answer>
        let seen = Mutex<[Seen]>([])
        /// When set, chooses each answer from the request (and ignores `answer`).
        let responder: (@Sendable (Seen) -> Answer)?
        init(_ answer: Answer, responder: (@Sendable (Seen) -> Answer)? = nil) {
            self.answer = Mutex(answer)
            self.responder = responder
        }

        func respond(_ request: Request) async throws -> Response {
            let body = try await request.body.collect(upTo: 1 << 20)
            let request = Seen(method: request.method.rawValue, path: request.uri.description,
                               headers: request.headers, body: String(buffer: body))
            seen.withLock { $0.append(request) }
            let answer = responder?(request) ?? answer.withLock { $0 }
            var headers = answer.headers
            headers[.contentType] = answer.contentType
            return Response(status: answer.status, headers: headers,
                            body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
        }
    }

    public let url: URL
    private let state: State
    private let task: Task<Void, any Error>

    private init(url: URL, state: State, task: Task<Void, any Error>) {
        self.url = url
        self.state = state
        self.task = task
    }

    public var requests: [Seen] { state.seen.withLock { $0 } }

    public func answer(_ answer: Answer) { state.answer.withLock { $0 = answer } }

    /// A server that chooses each answer from the request it answers.
    public static func start(responding responder: @escaping @Sendable (Seen) -> Answer) async throws -> CannedServer {
        try await start(State(Answer(body: ""), responder: responder))
    }

    public static func start(_ answer: Answer) async throws -> CannedServer {
        try await start(State(answer))
    }

    private static func start(_ state: State) async throws -> CannedServer {
        let router = Router()
        for method: HTTPRequest.Method in [.get, .post, .patch, .delete] {
            router.on("/**", method: method) { request, _ in try await state.respond(request) }
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "canned")
        logger.logLevel = .critical
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        let task = Task { try await app.run() }
        var port = 0
        for await bound in ports { port = bound; break }
        return CannedServer(url: URL(string: "http://127.0.0.1:\(port)")!, state: state, task: task)
    }

    public func stop() async {
        task.cancel()
        _ = await task.result
    }
}
