import VultrAPI

/// One change to one user or organization object, planned against a fresh read: either already
/// true (nothing to send) or a request to send, with how to read it back when its answer is lost.
struct PlannedChange: Sendable {
    var subject: ChangeSubject
    /// What is asked, e.g. `api off`.
    var change: String
    /// What sends it; `nil` when the change is already true.
    var send: (@Sendable () async throws -> ChangeEffect)?
    /// Reads back whether the change holds now, for an answer that was lost: the effect if it
    /// does, `nil` if it does not. Without one, a lost answer is reported as unknown.
    var readBack: (@Sendable () async throws -> ChangeEffect?)?
    /// For a user update: what is still needed on a fresh read of the user, `nil` if it holds;
    /// a bulk change reads its users back and sends this again where another writer undid it.
    var stillNeeded: (@Sendable (User) -> UserUpdate?)?
    /// Why nothing is needed, when `send` is `nil`.
    var reason: String
    /// What the journal keeps of it.
    var journal: JournalFacts?
    /// When it goes among the others of its batch: every change of a lower stage has its outcome
    /// before one of a higher stage is sent. An object is made or restored (``Stage/makes``)
    /// before what attaches to it (``Stage/links``), and deleted (``Stage/deletes``) after what
    /// detaches from it: sent together, a group's deletion raced its members' removals.
    var stage = Stage.links

    /// The stages of a batch, in the order they are sent.
    enum Stage: Int, Sendable, Comparable {
        case makes, links, deletes
        static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    /// A change that needs sending.
    static func needed(_ user: User, _ change: String, journal: JournalFacts? = nil,
                       _ send: @escaping @Sendable () async throws -> ChangeEffect) -> PlannedChange {
        needed(.user(user), change, journal: journal, send)
    }

    /// A change that needs sending, to a user or an object.
    static func needed(_ subject: ChangeSubject, _ change: String, journal: JournalFacts? = nil,
                       _ send: @escaping @Sendable () async throws -> ChangeEffect) -> PlannedChange {
        PlannedChange(subject: subject, change: change, send: send, reason: "", journal: journal)
    }

    /// A change that is already true.
    static func alreadyTrue(_ user: User, _ change: String, reason: String = ChangeWording.alreadyTrue) -> PlannedChange {
        alreadyTrue(.user(user), change, reason: reason)
    }

    /// A change to a user or an object that is already true.
    static func alreadyTrue(_ subject: ChangeSubject, _ change: String, reason: String = ChangeWording.alreadyTrue) -> PlannedChange {
        PlannedChange(subject: subject, change: change, send: nil, reason: reason)
    }
}

/// What a sent change did, so the session's cache and the change record can follow.
struct ChangeEffect: Sendable {
    /// The user as it now is.
    var updated: User?
    /// A user that was created (or found to exist already).
    var created: User?
    /// The user was deleted.
    var deleted = false
    /// A service user's key, shown once.
    var apiKey: String?
    /// A new API key with its secret, shown once.
    var key: APIKey?
    /// Set when sending found the change already true (a re-run's `create user`).
    var unchangedReason: String?
    /// An organization object that was created (or restored), for the record and the journal.
    var object: OrganizationObject?
}
