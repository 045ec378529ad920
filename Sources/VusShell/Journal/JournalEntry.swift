import Foundation
import VultrAPI

/// One change vus sent, as the journal keeps it: enough to say what happened and to undo it,
/// and never a secret (no API key, password or key text).
public struct JournalEntry: Codable, Sendable, Equatable {
    /// What kind of change it was, which decides how `undo` reverts it.
    public enum Kind: String, Codable, Sendable {
        case update, createUser = "create-user", deleteUser = "delete-user"
        case createKey = "create-key", deleteKey = "delete-key"
        case allowAdd = "allow-add", allowRemove = "allow-rm"
        /// A link of the organization made or undone (`link` says which).
        case attach, detach
        case suspend, unsuspend, removeMember = "rm-member"
        /// A group, role, policy, trust or invitation made, deleted or restored (`object` says which).
        case create, delete, restore
        case resendInvitation = "resend-invitation"
        /// A group, role or policy's description, type or document changed by `apply`.
        case changeObject = "change-object"
    }

    /// The fields of a user a change can touch.
    public struct Snapshot: Codable, Sendable, Equatable {
        public var email: String?
        public var apiEnabled: Bool?
        public var acls: [String]?

        enum CodingKeys: String, CodingKey { case email, apiEnabled = "api_enabled", acls }

        public init(email: String? = nil, apiEnabled: Bool? = nil, acls: [String]? = nil) {
            self.email = email
            self.apiEnabled = apiEnabled
            self.acls = acls
        }
    }

    /// The run (one vus process) the change belongs to.
    public var run: String
    public var time: String
    /// Which account: its email and the API it was reached at.
    public var account: String
    /// Where in the script or session the command stood (`offboard.vus:4:1`).
    public var source: String?
    public var userID: String
    public var email: String?
    /// The command's words for it, e.g. `acl add billing`.
    public var change: String
    public var kind: Kind
    public var before: Snapshot?
    public var after: Snapshot?
    public var keyID: String?
    public var subnet: String?
    /// The link an attach or detach made or undid (ids).
    public var link: Link?
    /// The object a change to the organization was to.
    public var object: OrganizationObject?
    /// `intent` on the line written before the request is sent; on the line written when it
    /// settled, `changed`, `unknown` (its outcome could not be read back), or what kept it from
    /// happening (`failed`, `not sent`, `not held` when a later run read it back).
    public var outcome: String
    /// Pairs an intent with its outcome: the change's number within its run (absent in
    /// journals written before intents were).
    public var seq: Int?

    enum CodingKeys: String, CodingKey {
        case run, time, account, source, userID = "user_id", email, change, kind, before, after
        case keyID = "key_id", subnet, link, object, outcome, seq
    }

    /// The outcome of a line written before its request was sent.
    public static let intent = "intent"
    /// How a change reads whose run ended (killed) before writing its outcome.
    public static let unchecked = "unknown: check"
    /// The outcome of an intent a later run read back and found had not happened.
    public static let notHeld = "not held"

    /// Whether the account may hold this change: it was made, or its outcome is unknown.
    public var mayHaveHappened: Bool { outcome == "changed" || outcome.hasPrefix("unknown") || outcome == Self.intent }
}

/// What a planned change tells the journal about itself; the engine adds run, time, account,
/// source and outcome.
struct JournalFacts: Sendable {
    var kind: JournalEntry.Kind
    var before: JournalEntry.Snapshot?
    var after: JournalEntry.Snapshot?
    var keyID: String?
    var subnet: String?
    var link: Link?
    var object: OrganizationObject?
}

extension JournalEntry.Snapshot {
    /// The fields `update` sets, as `user` has them.
    init(_ user: User, fields update: UserUpdate) {
        self.init(email: update.email == nil ? nil : user.email,
                  apiEnabled: update.apiEnabled == nil ? nil : user.apiEnabled,
                  acls: update.acls == nil ? nil : user.acls.map(\.rawValue).sorted())
    }

    /// The fields `update` sets, as `update` sets them.
    init(_ update: UserUpdate) {
        self.init(email: update.email, apiEnabled: update.apiEnabled, acls: update.acls?.map(\.rawValue).sorted())
    }
}
