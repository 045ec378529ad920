import Foundation

/// Every failure the client reports: what was being done, to whom, and what went wrong, with a
/// sentence a person can act on. The API key never appears in it.
public struct VultrError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: Sendable, Equatable {
        /// The server answered with this non-success status.
        case http(status: Int)
        /// The connection failed or was cut before a full answer arrived.
        case transport
        /// The server answered 2xx with something that is not the JSON the API documents, or
        /// paged in a way that could never end.
        case malformedResponse
        /// An attempt or the whole call ran out of time.
        case timedOut
        /// The client is set up wrongly (no key, a refused URL, a bad config file).
        case configuration
        /// The account is not an IAM organization, so it has no groups, roles or policies.
        case noOrganization
    }

    public var kind: Kind
    /// The server's own message (`error` in its JSON body), or what went wrong locally.
    public var message: String
    /// What was being done, e.g. "update user".
    public var operation: String
    /// The user involved, when there is one.
    public var userID: String?
    /// How many times the request was sent.
    public var attempts: Int
    /// Whether an earlier attempt of the same call may have acted, its answer lost or a 5xx:
    /// then a refusal of the last attempt (400 "already exists", 404) may be the earlier
    /// attempt's own doing, and says nothing of the state before the call.
    public var earlierAttemptMayHaveActed = false

    public init(kind: Kind, message: String, operation: String = "", userID: String? = nil, attempts: Int = 1) {
        self.kind = kind
        self.message = message
        self.operation = operation
        self.userID = userID
        self.attempts = attempts
    }

    /// The HTTP status, when the server answered.
    public var status: Int? {
        if case .http(let status) = kind { return status }
        return nil
    }

    /// Whether the server may have acted on the request all the same: its answer was lost, or
    /// it failed in a way that says nothing about whether it acted, or an earlier attempt of the
    /// call may have. Such a change is read back.
    public var mayHaveActed: Bool {
        if earlierAttemptMayHaveActed { return true }
        return switch kind {
        case .transport, .timedOut: true
        case .http(let status): status >= 500 && status != 501
        case .malformedResponse, .configuration, .noOrganization: false
        }
    }

    /// The failure alone: `401 Invalid API token. — check VULTR_API_KEY or the api-key in your config`.
    public var summary: String {
        let text: String
        switch kind {
        // A redirect's message names the status and where it pointed.
        case .http(let status) where RedirectRefusal.isRedirect(status): text = message
        case .http(let status): text = "\(status) \(message)"
        case .transport: text = "connection failed: \(message)"
        case .malformedResponse: text = message
        case .timedOut: text = "gave up: \(message)"
        case .configuration: text = message
        case .noOrganization: text = message
        }
        return hint.map { "\(text) — \($0)" } ?? text
    }

    /// The failure with what was being done: `update user 1f2e…: 404 User not found.`
    public var description: String {
        var subject = operation
        if let userID { subject += subject.isEmpty ? "user \(userID)" : " \(userID)" }
        return subject.isEmpty ? summary : "\(subject): \(summary)"
    }

    private var hint: String? {
        let retried = attempts > 1 ? "tried \(attempts) times" : nil
        switch kind {
        case .http(401) where message.localizedCaseInsensitiveContains("IP address"):
            return "add this machine's address to the key's IP allowlist"
        case .http(401):
            return "check VULTR_API_KEY or the api-key in your config"
        case .http(let status) where RedirectRefusal.isRedirect(status):
            return "check the API URL"
        case .http(403) where message.localizedCaseInsensitiveContains("organization"):
            return nil
        case .http(403):
            return "the key's user lacks the permission for this (manage_users)"
        case .http(404) where userID != nil && message.localizedCaseInsensitiveContains("user"):
            return "no such user; it may have been deleted"
        case .http(429):
            return ["Vultr's rate limit", retried].compactMap { $0 }.joined(separator: "; ")
        case .http(let status) where status >= 500:
            return ["the server failed", retried].compactMap { $0 }.joined(separator: "; ")
        case .transport, .timedOut:
            return retried
        default:
            return nil
        }
    }
}
