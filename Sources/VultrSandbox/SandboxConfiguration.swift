import Foundation

/// Everything that shapes how a sandbox behaves. The defaults are Vultr's own behaviour.
public struct SandboxConfiguration: Sendable {
    /// Address to listen on. Loopback unless you mean to share the sandbox.
    public var host: String = "127.0.0.1"

    /// Port to listen on; 0 picks a free one (see ``RunningSandbox/url``).
    public var port: Int = 0

    /// API keys that authenticate. Any other key answers 401.
    public var apiKeys: [String]

    /// How many users the seeded account has when no state file exists yet.
    public var seedUsers: Int = 25

    /// Whether the account is an IAM organization. Without one (`vus-sandbox --no-iam`),
    /// `GET /v2/organizations` lists none and every other IAM route answers 403.
    public var iam: Bool = true

    /// How many groups, roles and policies the seeded organization has; `nil` scales them with
    /// ``seedUsers`` (1,000 users: 50 groups, 100 roles, 300 policies).
    public var organizationShape: OrganizationShape?

    /// Requests per second allowed from one client address; 0 turns the limit off.
    public var rateLimit: Int = 30

    /// What a successful `PATCH /v2/users/{id}` answers: 204 (Vultr's document) or 202 (newer how-tos).
    public var updateStatus: UpdateStatus = .noContent

    /// Listings carry `status` as a boolean, as Vultr's example shows, instead of a string.
    public var statusAsBoolean: Bool = false

    /// Latency and failures added to requests.
    public var faults: FaultPlan = .init()

    /// Where state is loaded from and saved to after every change; `nil` keeps it in memory.
    public var stateFile: URL?

    /// Start with exactly the users of this file (written by `vus export users`) instead of
    /// seeded ones, and with its groups, roles and custom policies when it has any (else an
    /// organization drawn from the users); a state file that already exists still wins.
    public var seedFile: URL?

    /// Receives one line per request once it is answered (method, path, status, time; never a
    /// header, so never a key); `nil` logs nothing. `vus-sandbox -v` writes them to standard error.
    public var requestLog: (@Sendable (String) -> Void)?

    /// Creates a configuration that accepts the given keys.
    public init(apiKeys: [String]) {
        self.apiKeys = apiKeys
    }

    /// The status a successful update answers.
    public enum UpdateStatus: Int, Sendable {
        case noContent = 204
        case accepted = 202
    }
}

/// The size of a seeded organization.
public struct OrganizationShape: Sendable, Equatable {
    public var groups: Int
    public var roles: Int
    /// Managed policies included.
    public var policies: Int

    public init(groups: Int, roles: Int, policies: Int) {
        self.groups = groups
        self.roles = roles
        self.policies = policies
    }
}

/// Added latency and injected failures, chosen reproducibly from a seed.
public struct FaultPlan: Sendable, Equatable {
    /// A failure the sandbox can inject.
    public enum Kind: String, Sendable, CaseIterable {
        /// Answer 500 without processing the request.
        case internalError = "500"
        /// Answer 503 without processing the request.
        case unavailable = "503"
        /// Process the request, then cut the connection part-way through the response
        /// (or before any response when there is no body): the change happened but the
        /// client cannot know it.
        case cutOff = "cut"
    }

    /// Milliseconds added before every request is handled.
    public var latencyMilliseconds: Int = 0

    /// Fraction of requests, 0...1, that get one of ``kinds``.
    public var rate: Double = 0

    /// The failures to choose from, evenly.
    public var kinds: [Kind] = Kind.allCases

    /// Seed that makes the sequence of chosen failures reproducible.
    public var seed: UInt64 = 1

    /// The HTTP methods whose requests may fail (`POST`, `DELETE`…); empty means every method.
    public var methods: Set<String> = []

    /// Creates a plan; the default adds nothing.
    public init(latencyMilliseconds: Int = 0, rate: Double = 0, kinds: [Kind] = Kind.allCases, seed: UInt64 = 1,
                methods: Set<String> = []) {
        self.latencyMilliseconds = latencyMilliseconds
        self.rate = rate
        self.kinds = kinds
        self.seed = seed
        self.methods = methods
    }
}
