import AsyncHTTPClient
import Foundation
import NIOPosix
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import VultrOpenAPI

/// The version vus reports in `User-Agent`.
public enum VusVersion {
    public static let current = "0.1.0"
}

/// A client for the Vultr API v2 users, user API keys, user IP allowlist and account
/// endpoints, built on the client generated from `openapi.yaml`.
///
/// One client holds one rate limiter, shared by all its concurrent calls. Every call retries
/// what is safe to retry, reports failures as ``VultrError``, and stops when its task is
/// cancelled (the HTTP request is aborted).
public final class VultrClient: Sendable {
    /// How a client connects and behaves.
    public struct Configuration: Sendable {
        /// The API key (a bearer token). Never printed or traced.
        public var apiKey: String
        /// Where the API lives, with or without the version path: `https://api.vultr.com` and
        /// `https://api.vultr.com/v2/` mean the same. Plain `http` is allowed only to loopback
        /// addresses.
        public var baseURL: URL
        public var userAgent: String = "vus/\(VusVersion.current)"
        public var retry = RetryPolicy()
        /// Average requests per second for the whole client; 0 means no client-side limit.
        public var requestsPerSecond: Double = 30
        /// Requests that may go at once before the average applies.
        public var burst: Int = 10
        /// How many requests bulk operations keep in flight.
        public var maxConcurrency: Int = 8
        /// How long one attempt may take, from sending it to the last byte of the answer: a
        /// server that stalls, or trickles its answer, fails the attempt at this deadline.
        public var requestTimeout: Duration = .seconds(30)
        /// How long one call may take in all, retries and the waits between them included,
        /// counted from its first send (waiting for this client's own rate limit is not counted).
        public var operationTimeout: Duration = .seconds(120)
        /// Receives one event per HTTP exchange (for `--trace`); holds no secrets.
        public var trace: (@Sendable (TraceEvent) -> Void)?
        /// Asked before each request that is not a read: when it says yes, the request is not
        /// sent, and throws ``RequestNotSent`` describing it. A shell answers from its settings,
        /// so `set dry-run on` holds from the next request on.
        public var dryRun: @Sendable () -> Bool = { false }

        public init(apiKey: String, baseURL: URL = APIBase.productionURL) {
            self.apiKey = apiKey
            self.baseURL = baseURL
        }
    }

    public let configuration: Configuration
    let client: Client
    let redactor: Redactor

    /// Creates a client; throws a ``VultrError`` of kind `.configuration` for an empty key, a
    /// malformed URL, or one that would send the key in the clear. The base URL is kept
    /// without its version path (see ``Configuration/baseURL``).
    public init(_ configuration: Configuration) throws {
        guard !configuration.apiKey.trimmed.isEmpty else {
            throw VultrError(kind: .configuration, message: "no API key: set VULTR_API_KEY or add api-key to your config")
        }
        var configuration = configuration
        configuration.baseURL = Endpoint.withoutVersionPath(configuration.baseURL)
        try Endpoint.validate(configuration.baseURL)
        self.configuration = configuration
        self.redactor = Redactor(secrets: [configuration.apiKey])
        let limiter = configuration.requestsPerSecond > 0
            ? RateLimiter(perSecond: configuration.requestsPerSecond, burst: configuration.burst) : nil
        // The middleware's deadline covers the whole answer and decides; the transport's own
        // (which ends at the headers) comes a little later, so it never preempts a clearer message.
        let timeout = (configuration.requestTimeout + .seconds(1)).components
        let transport = AsyncHTTPClientTransport(configuration: .init(
            client: Self.httpClient,
            timeout: .milliseconds(timeout.seconds * 1000 + timeout.attoseconds / 1_000_000_000_000_000)))
        let limits = ResilienceMiddleware.Limits(request: configuration.requestTimeout,
                                                 operation: configuration.operationTimeout)
        self.client = Client(
            serverURL: configuration.baseURL.appendingPathComponent(String(APIBase.versionPath.dropFirst())),
            transport: transport,
            middlewares: [
                DryRunMiddleware(isOn: configuration.dryRun),
                ResilienceMiddleware(policy: configuration.retry, limits: limits, limiter: limiter,
                                     trace: configuration.trace, redactor: redactor),
                HeadersMiddleware(apiKey: configuration.apiKey, userAgent: configuration.userAgent),
            ])
    }

    /// One HTTP client for the process, like `HTTPClient.shared`, except that a refused
    /// connection fails at once (so retries and their backoff are ours to decide), connecting
    /// may take at most 10 seconds, and redirects are never followed: every request carries the
    /// key, and a redirect could take it anywhere (a 3xx becomes an error that names the target).
    /// Its I/O runs on one event loop thread: a client at Vultr's 30 requests/second needs no
    /// more, and NIO's shared group starts one per core, about 3 ms of CPU at every start here.
    static let httpClient: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(10)
        configuration.redirectConfiguration = .disallow
        return HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup(numberOfThreads: 1), configuration: configuration)
    }()

    /// Starts the HTTP client (its event loop, its first use of AsyncHTTPClient's types), so that
    /// a process that goes on to talk to the API finds it ready. Call it from a thread of the
    /// program's own to overlap that work with whatever the program does first.
    public static func startHTTPClient() {
        _ = httpClient
    }

    /// Runs one generated call, turning whatever it throws into a ``VultrError`` that names the
    /// operation and the user (or `CancellationError` when the task was cancelled).
    func perform<T>(_ operation: String, userID: String? = nil, extraSecrets: [String] = [],
                    _ call: () async throws -> T) async throws -> T {
        do {
            defer { RequestCounter.current?.answer() }
            return try await call()
        } catch {
            if let notSent = ResilienceMiddleware.unwrap(error) as? RequestNotSent { throw notSent }
            var failure = Self.classify(error, host: configuration.baseURL.host ?? "the server")
            if failure == nil { throw CancellationError() }
            failure!.operation = operation
            failure!.userID = userID
            failure!.message = Redactor(secrets: [configuration.apiKey] + extraSecrets).redact(failure!.message)
            throw failure!
        }
    }
}
