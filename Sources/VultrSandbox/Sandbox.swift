import Foundation
import Hummingbird
import Logging
import NIOCore
import OpenAPIHummingbird
import ServiceLifecycle
import VultrOpenAPI

/// The Vultr API emulator. ``start(_:logger:)`` runs it in-process (tests, `vus --sandbox`);
/// ``makeApplication(_:store:logger:onRunning:)`` gives the Hummingbird application for an
/// executable to run with signal handling.
public enum Sandbox {
    /// A fresh random key, for when the caller configures none.
    public static func generateKey() -> String {
        var random = SplitMix64(seed: UInt64.random(in: 1...UInt64.max))
        return random.apiKeyText()
    }

    /// The organization a sandbox of `users` users is seeded with unless told otherwise.
    public static func proportionalShape(users: Int) -> OrganizationShape {
        SeedOrganization.proportional(users: users)
    }

    /// Opens (or seeds) the store described by `configuration`.
    public static func openStore(_ configuration: SandboxConfiguration) throws -> SandboxStore {
        try SandboxStore.open(configuration)
    }

    /// Builds the application: middleware in the order a request meets it, then the generated routes.
    public static func makeApplication(
        _ configuration: SandboxConfiguration, store: SandboxStore, faults: FaultInjector,
        logger: Logger, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        let api = SandboxAPI(store: store, updateStatus: configuration.updateStatus,
                             statusAsBoolean: configuration.statusAsBoolean)
        let router = Router(context: SandboxRequestContext.self)
        if let log = configuration.requestLog { router.add(middleware: RequestLogMiddleware(log: log)) }
        router.add(middleware: WireCompatibilityMiddleware(routes: try RouteTable.of(api, prefix: APIBase.versionPath)))
        if configuration.rateLimit > 0 {
            router.add(middleware: RateLimitMiddleware(perSecond: configuration.rateLimit))
        }
        router.add(middleware: FaultInjectionMiddleware(injector: faults))
        router.add(middleware: AuthMiddleware(keys: Set(configuration.apiKeys)))
        // Vultr answers compact JSON.
        try api.registerHandlers(on: router, serverURL: URL(string: APIBase.versionPath)!,
                                 configuration: .init(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]))
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                 serverName: "vus-sandbox"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }

    /// Starts a sandbox in this process and returns once it accepts connections.
    public static func start(_ configuration: SandboxConfiguration, logger: Logger? = nil) async throws -> RunningSandbox {
        precondition(!configuration.apiKeys.isEmpty, "a sandbox needs at least one API key")
        let store = try openStore(configuration)
        let faults = FaultInjector(plan: configuration.faults)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = try makeApplication(configuration, store: store, faults: faults,
                                      logger: logger ?? quietLogger) { port in continuation.yield(port) }
        // Stopping goes through graceful shutdown, which stops accepting connections before it
        // waits for the open ones; cancelling the server outright can race a new connection.
        let group = ServiceGroup(services: [app], gracefulShutdownSignals: [], logger: logger ?? quietLogger)
        let task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        for await port in ports {
            let url = URL(string: "http://\(configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host):\(port)")!
            return RunningSandbox(url: url, apiKey: configuration.apiKeys[0], store: store, faults: faults,
                                  group: group, task: task)
        }
        try await task.value
        throw CancellationError()
    }

    static var quietLogger: Logger {
        var logger = Logger(label: "vus-sandbox")
        logger.logLevel = .critical
        return logger
    }
}

/// A sandbox running in this process.
public struct RunningSandbox: Sendable {
    /// Base URL without the version path, e.g. `http://127.0.0.1:49152` (what `VULTR_API_URL` takes).
    public let url: URL
    /// A key the sandbox accepts.
    public let apiKey: String
    /// The account's state, for inspection.
    public let store: SandboxStore
    /// Latency and failure injection, adjustable while running.
    public let faults: FaultInjector
    let group: ServiceGroup
    let task: Task<Void, any Error>

    /// Stops accepting connections, lets open requests finish, and waits until it has stopped.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = await task.result
    }
}
