/// The answer to "can this user do this action (on this resource)?".
///
/// The project's reading of Vultr IAM, which Vultr does not spell out: a matching
/// Deny beats any Allow, and without a matching Allow the answer is deny
/// ("no statement allows it").
public struct AccessDecision: Sendable, Hashable, CustomStringConvertible {
    /// The verdict.
    public enum Outcome: Sendable, Hashable {
        /// Allowed (on the asked resource, or on every resource when none was asked).
        case allow
        /// Not allowed.
        case deny
        /// No resource was asked and only resource-scoped statements allow the action:
        /// allowed on exactly these ids (sorted), those denied specifically removed.
        case partial(resources: [String])
    }

    /// The verdict.
    public var outcome: Outcome
    /// For allow and partial, every allowing path; for a deny by statement, the
    /// denying paths; empty for "no statement allows it" and "suspended".
    public var via: [AccessPath]
    /// Why, in words: "account owner", "suspended", "no statement allows it",
    /// "allowed by …", "denied by …", "allowed only on …".
    public var reason: String
    /// Whether the user has API access. It says whether the permission can be used
    /// through the API; it never changes ``outcome``.
    public var apiEnabled: Bool
    /// For an allow when no resource was asked: the ids a Deny names specifically, on which
    /// the action is not allowed (sorted); empty otherwise.
    public var exceptions: [String]

    /// Creates a decision.
    public init(outcome: Outcome, via: [AccessPath], reason: String, apiEnabled: Bool, exceptions: [String] = []) {
        self.outcome = outcome
        self.via = via
        self.reason = reason
        self.apiEnabled = apiEnabled
        self.exceptions = exceptions
    }

    /// True only for ``Outcome/allow``.
    public var isAllowed: Bool { outcome == .allow }

    /// True for ``Outcome/allow`` and ``Outcome/partial(resources:)``.
    public var isAllowedSomewhere: Bool {
        if case .deny = outcome { return false }
        return true
    }

    /// `allow: <reason>`, `deny: <reason>` or `partial [a, b]: <reason>`.
    public var description: String {
        switch outcome {
        case .allow: "allow: \(reason)"
        case .deny: "deny: \(reason)"
        case .partial(let resources): "partial [\(resources.joined(separator: ", "))]: \(reason)"
        }
    }
}

/// A user together with the decision about them, as returned by "who can".
public struct UserAccess: Sendable, Hashable {
    /// The user.
    public var user: IAMUser
    /// The decision for the asked action and resource.
    public var decision: AccessDecision

    /// Pairs a user with a decision.
    public init(user: IAMUser, decision: AccessDecision) {
        self.user = user
        self.decision = decision
    }
}
