import VultrAPI

/// What happened to one change of one user: the unit every change command reports, so a
/// pipeline sees exactly what changed and what did not.
public struct ChangeRecord: Record, Equatable {
    /// How a change ended.
    public enum Outcome: String, Codable, Sendable {
        /// Sent and confirmed by the API.
        case changed
        /// Already true: nothing was sent, or Vultr answered that it already was (``ChangeRecord/wasSent``).
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
    /// The organization object changed, e.g. `group contractors`, when the change is to one.
    public var object: String?
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
    /// For `unchanged`: the request went, and Vultr's answer showed it already so (the planning
    /// read had not, or another writer got there first). Said in the sentence, not the data.
    var wasSent = false

    enum CodingKeys: String, CodingKey {
        case id, email, object, change, outcome, error, reason, request, apiKey = "api_key", key
    }

    /// A record for `user`.
    public init(user: User, change: String, outcome: Outcome, error: String? = nil, reason: String? = nil) {
        self.init(id: user.id, email: user.email, object: nil, change: change, outcome: outcome, error: error, reason: reason)
    }

    /// A record for a change to a user or an object.
    init(subject: ChangeSubject, change: String, outcome: Outcome, error: String? = nil, reason: String? = nil) {
        let object = if case .object(let object) = subject { object.label } else { String?.none }
        self.init(id: subject.id, email: subject.email, object: object, change: change, outcome: outcome, error: error, reason: reason)
    }

    private init(id: String, email: String?, object: String?, change: String, outcome: Outcome, error: String?, reason: String?) {
        self.id = id
        self.email = email
        self.object = object
        self.change = change
        self.outcome = outcome
        self.error = error
        self.reason = reason
    }

    /// The user or object as people know them: the email, the object (`group contractors`), else the id.
    public var subject: String { email ?? object ?? id }

    public static let tableColumns = ["TARGET", "CHANGE", "OUTCOME"]
    public var tableCells: [String] { [subject, change, outcome.rawValue] }
    public static let csvColumns = ["id", "email", "object", "change", "outcome", "error", "reason", "request", "api_key", "key_id", "key"]
    public var csvCells: [String] {
        [id, email ?? "", object ?? "", change, outcome.rawValue, error ?? "", reason ?? "", request ?? "", apiKey ?? "",
         key?.id ?? "", key?.key ?? ""]
    }
    public var quietText: String { "\(id) \(outcome.rawValue)" }

    /// The line a person reads, e.g. `bob@example.com: api off — changed`.
    var sentence: String {
        switch outcome {
        case .changed: "\(subject): \(change) — changed"
        case .unchanged: "\(subject): \(change) — unchanged (\(reason ?? "already true"); \(wasSent ? "Vultr answered so" : "nothing sent"))"
        case .failed: "\(subject): \(change) — failed: \(error ?? "unknown error")"
        case .unknown: "\(subject): \(change) — unknown: \(error ?? "")"
        case .notSent:
            if let request { "dry-run: \(request)   # \(subject)" } else { "\(subject): \(change) — not sent (\(error ?? "stopped"))" }
        }
    }
}
