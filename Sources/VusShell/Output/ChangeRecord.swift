import VultrAPI

/// What happened to one change of one user: the unit every change command reports, so a
/// pipeline sees exactly what changed and what did not.
public struct ChangeRecord: Record, Equatable {
    /// How a change ended.
    public enum Outcome: String, Codable, Sendable {
        /// Sent and confirmed by the API.
        case changed
        /// Already true: nothing was sent.
        case unchanged
        /// Sent and refused, or failed on the way.
        case failed
        /// Not sent: dry-run, not confirmed, or interrupted before it went.
        case notSent = "not sent"
        /// Its answer was lost and reading it back failed: check by hand.
        case unknown
    }

    public var id: String
    public var email: String?
    /// What was asked, e.g. `api off` or `acl add billing`.
    public var change: String
    public var outcome: Outcome
    /// Why it failed or was not sent.
    public var error: String?
    /// Why nothing was needed (`already true`, `already absent`).
    public var reason: String?
    /// The request a dry run would have sent.
    public var request: String?
    /// A new service user's API key: shown this once.
    public var apiKey: String?
    /// A new API key with its secret: shown this once.
    public var key: APIKey?

    enum CodingKeys: String, CodingKey {
        case id, email, change, outcome, error, reason, request, apiKey = "api_key", key
    }

    /// A record for `user`.
    public init(user: User, change: String, outcome: Outcome, error: String? = nil, reason: String? = nil) {
        self.id = user.id
        self.email = user.email
        self.change = change
        self.outcome = outcome
        self.error = error
        self.reason = reason
    }

    /// The user as people know them: the email, else the id.
    public var subject: String { email ?? id }

    public static let tableColumns = ["EMAIL", "CHANGE", "OUTCOME"]
    public var tableCells: [String] { [subject, change, outcome.rawValue] }
    public static let csvColumns = ["id", "email", "change", "outcome", "error", "reason", "request", "api_key", "key_id", "key"]
    public var csvCells: [String] {
        [id, email ?? "", change, outcome.rawValue, error ?? "", reason ?? "", request ?? "", apiKey ?? "",
         key?.id ?? "", key?.key ?? ""]
    }
    public var quietText: String { "\(id) \(outcome.rawValue)" }

    /// The line a person reads, e.g. `bob@example.com: api off — changed`.
    var sentence: String {
        switch outcome {
        case .changed: "\(subject): \(change) — changed"
        case .unchanged: "\(subject): \(change) — unchanged (\(reason ?? "already true"); nothing sent)"
        case .failed: "\(subject): \(change) — failed: \(error ?? "unknown error")"
        case .unknown: "\(subject): \(change) — unknown: \(error ?? "")"
        case .notSent:
            if let request { "dry-run: \(request)   # \(subject)" } else { "\(subject): \(change) — not sent (\(error ?? "stopped"))" }
        }
    }
}
