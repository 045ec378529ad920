import VultrSandbox

/// The API key every test sandbox accepts.
public let testAPIKey = "SHELL-TEST-KEY-0123456789ABCDEF"

/// Runs `body` against a fresh in-process sandbox with no rate limit (unless `configure` sets
/// one), and stops it afterwards, also when `body` throws.
public func withTestSandbox(users: Int? = nil, _ configure: (inout SandboxConfiguration) -> Void = { _ in },
                            _ body: (RunningSandbox) async throws -> Void) async throws {
    var configuration = SandboxConfiguration(apiKeys: [testAPIKey])
    if let users { configuration.seedUsers = users }
    configuration.rateLimit = 0
    configure(&configuration)
    let sandbox = try await Sandbox.start(configuration)
    do { try await body(sandbox) } catch { await sandbox.stop(); throw error }
    await sandbox.stop()
}
