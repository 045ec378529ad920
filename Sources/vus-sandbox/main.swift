import ArgumentParser
import Foundation
import Logging
import VultrDocuments
import VultrSandbox

/// `vus-sandbox`: the Vultr users API emulator as a standalone server.
@main
struct VusSandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vus-sandbox",
        abstract: "A local emulator of the Vultr API v2 users, API keys, IP allowlist, account and IAM endpoints.",
        discussion: """
            Serves /v2/users (with their API keys, allowlists and IAM views), /v2/apikeys, /v2/account and \
            the IAM organization (/v2/organizations, /v2/invitation, /v2/groups, /v2/roles, /v2/policies, \
            /v2/role-trusts) over HTTP with Vultr's paging, errors and rate limit, on a seeded account. \
            Point vus, govultr, vultr-cli or curl at the printed URL with the printed key:

              VULTR_API_URL=http://127.0.0.1:8730 VULTR_API_KEY=<key> vus

            Stops cleanly on Ctrl-C (SIGINT) or SIGTERM. With --state, every change is saved atomically \
            as it happens, so a killed sandbox restarts where it left off.
            """)

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free port).")
    var port = 8730

    @Option(name: .customLong("key"), help: ArgumentHelp(
        "An API key to accept (repeatable). Default: $VUS_SANDBOX_KEY, else a new random key.", valueName: "key"))
    var keys: [String] = []

    @Option(help: "Users in the seeded account (used only when no state file exists yet).")
    var users = 25

    @Flag(help: "An account without IAM: no organization, and every IAM route answers 403.")
    var noIam = false

    @Option(help: ArgumentHelp("Groups in the seeded organization (default: users/20, at least 4).", valueName: "n"))
    var groups: Int?

    @Option(help: ArgumentHelp("Roles in the seeded organization (default: users/10, at least 5).", valueName: "n"))
    var roles: Int?

    @Option(help: ArgumentHelp("Policies, managed included, in the seeded organization (default: 3 per 10 users, at least 28).",
                               valueName: "n"))
    var policies: Int?

    @Option(help: ArgumentHelp("Load state from this file and save every change to it.", valueName: "file"))
    var state: String?

    @Option(help: "Requests per second allowed per client address; 0 turns the limit off.")
    var rateLimit = 30

    @Option(help: "Status a successful user update answers: 204 (Vultr's document) or 202 (newer docs).")
    var updateStatus = 204

    @Flag(help: "List users with `status` as a boolean, as Vultr's own example shows.")
    var statusAsBool = false

    @Option(help: ArgumentHelp("Milliseconds of latency added to every request.", valueName: "ms"))
    var latency = 0

    @Option(help: ArgumentHelp("Fraction of requests (0 to 1) that get an injected fault.", valueName: "fraction"))
    var faultRate = 0.0

    @Option(help: ArgumentHelp("Faults to inject, comma-separated: 500, 503, cut (cut the connection mid-response).",
                               valueName: "kinds"))
    var faults = "500,503,cut"

    @Option(help: "Seed that makes the choice of faulted requests reproducible.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Start with exactly the users of this file, written by 'vus export users', and its groups, roles and policies when it has them.", valueName: "file"))
    var from: String?

    @Flag(name: .shortAndLong, help: "Log one line per request to standard error: method, path, status, time.")
    var verbose = false

    @Flag(help: ArgumentHelp(
        "Run for the program that started it (vus --sandbox): print only the URL and the key, a line each, once listening; ignore Ctrl-C (the terminal's, meant for that program); stop when standard input closes."))
    var attached = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard users >= 0 else { throw ValidationError("--users must be 0 or more") }
        for (name, value) in [("--groups", groups), ("--roles", roles), ("--policies", policies)] {
            if let value, value < 0 { throw ValidationError("\(name) must be 0 or more") }
        }
        guard rateLimit >= 0 else { throw ValidationError("--rate-limit must be 0 or more") }
        guard [202, 204].contains(updateStatus) else { throw ValidationError("--update-status must be 202 or 204") }
        guard latency >= 0 else { throw ValidationError("--latency must be 0 or more") }
        guard (0...1).contains(faultRate) else { throw ValidationError("--fault-rate must be between 0 and 1") }
        _ = try faultKinds()
    }

    func faultKinds() throws -> [FaultPlan.Kind] {
        try faults.split(separator: ",").map { name in
            guard let kind = FaultPlan.Kind(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown fault '\(name)'; use 500, 503 or cut")
            }
            return kind
        }
    }

    func run() async throws {
        let key = keys.first ?? ProcessInfo.processInfo.environment["VUS_SANDBOX_KEY"] ?? Sandbox.generateKey()
        var configuration = SandboxConfiguration(apiKeys: keys.isEmpty ? [key] : keys)
        configuration.host = host
        configuration.port = port
        configuration.seedUsers = users
        configuration.rateLimit = rateLimit
        configuration.iam = !noIam
        if groups != nil || roles != nil || policies != nil {
            let proportional = Sandbox.proportionalShape(users: users)
            configuration.organizationShape = OrganizationShape(
                groups: groups ?? proportional.groups, roles: roles ?? proportional.roles,
                policies: policies ?? proportional.policies)
        }
        configuration.updateStatus = updateStatus == 202 ? .accepted : .noContent
        configuration.statusAsBoolean = statusAsBool
        configuration.faults = FaultPlan(latencyMilliseconds: latency, rate: faultRate, kinds: try faultKinds(), seed: seed)
        configuration.stateFile = state.map { URL(fileURLWithPath: $0) }
        configuration.seedFile = from.map { URL(fileURLWithPath: $0) }
        if verbose {
            configuration.requestLog = { line in try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8)) }
        }

        // -v adds the request lines above, not the server's own debug chatter. Attached, the
        // terminal is the parent's, so only what stops the server is said there.
        var logger = Logger(label: "vus-sandbox")
        logger.logLevel = attached ? .critical : .warning
        if attached {
            try await runAttached(configuration, logger: logger)
            return
        }
        let store: SandboxStore
        do { store = try Sandbox.openStore(configuration) } catch {
            throw startFailure(error)
        }
        let userCount = await store.userCount
        let faults = FaultInjector.make(configuration.faults)
        let app = try Sandbox.makeApplication(configuration, store: store, faults: faults, logger: logger) { port in
            // The URL printed first is the one to give vus as VULTR_API_URL (vus adds /v2 itself).
            let base = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
            let banner = """
                vus-sandbox: Vultr API emulator with \(userCount) users, listening on \(base) (API under /v2)
                API key: \(key)
                  vus:  VULTR_API_URL=\(base) VULTR_API_KEY=\(key) vus
                  curl: curl -H 'Authorization: Bearer \(key)' \(base)/v2/users
                Ctrl-C stops it.

                """
            try? FileHandle.standardOutput.write(contentsOf: Data(banner.utf8))
        }
        try await app.runService()
    }

    /// `--attached`: the URL and the key on standard output for the parent, which keeps this
    /// process's standard input open for as long as it wants the sandbox. Its end closes that
    /// pipe however it ends, so no sandbox outlives its vus.
    func runAttached(_ configuration: SandboxConfiguration, logger: Logger) async throws {
        signal(SIGINT, SIG_IGN)
        let running: RunningSandbox
        do { running = try await Sandbox.start(configuration, logger: logger) } catch {
            throw startFailure(error)
        }
        // A parent that has already gone leaves no one to read this: the write fails (it must
        // not crash, which takes the backtracer seconds), and the closed input below ends the run.
        try? FileHandle.standardOutput.write(contentsOf: Data("\(running.url.absoluteString)\n\(running.apiKey)\n".utf8))
        await withCheckedContinuation { (closed: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                _ = FileHandle.standardInput.readDataToEndOfFile()
                closed.resume()
            }
        }
        await running.stop()
    }

    /// Why the sandbox did not start: a refused users document names each problem at its
    /// file:line:col, as plan and apply do, and exits with 2.
    func startFailure(_ error: any Error) -> any Error {
        guard let refused = error as? UsersDocumentError else { return ValidationError("\(error)") }
        try? FileHandle.standardError.write(contentsOf: Data("\(refused)\nvus-sandbox: \(from ?? "the file") refused; nothing started\n".utf8))
        return ExitCode(2)
    }
}
