#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A member of a Vultr organization, with what the evaluator and the review need.
public struct IAMUser: Sendable, Hashable, Codable, Identifiable {
    /// The user id (Vultr uses UUIDs).
    public var id: String
    /// The login email; used as the subject of review findings.
    public var email: String
    /// Whether the user may use the API. Carried on every decision; it does not
    /// change the decision itself.
    public var apiEnabled: Bool
    /// The account owner (root): allowed everything, unless suspended.
    public var isOwner: Bool
    /// A suspended member: allowed nothing, even if also marked owner.
    public var isSuspended: Bool
    /// Legacy ACL names (`manage_users`, `billing`, …), known or not.
    public var acls: [String]
    /// The last time the user did anything; `nil` when never active.
    public var lastActivity: Date?
    /// A machine identity rather than a person.
    public var isServiceUser: Bool
    /// The user's API keys.
    public var apiKeys: [UserAPIKey]

    /// Creates a user; everything but id and email defaults to the least access.
    public init(id: String, email: String, apiEnabled: Bool = false, isOwner: Bool = false,
                isSuspended: Bool = false, acls: [String] = [], lastActivity: Date? = nil,
                isServiceUser: Bool = false, apiKeys: [UserAPIKey] = []) {
        self.id = id
        self.email = email
        self.apiEnabled = apiEnabled
        self.isOwner = isOwner
        self.isSuspended = isSuspended
        self.acls = acls
        self.lastActivity = lastActivity
        self.isServiceUser = isServiceUser
        self.apiKeys = apiKeys
    }

    /// The ACLs as typed values.
    public var legacyACLs: [LegacyACL] { acls.map(LegacyACL.init) }
}

/// One API key of a user, as far as the access review needs it.
public struct UserAPIKey: Sendable, Hashable, Codable {
    /// The key's name (never the secret).
    public var name: String
    /// When the key expires; `nil` means it never does.
    public var dateExpire: Date?

    /// Creates a key description.
    public init(name: String, dateExpire: Date? = nil) {
        self.name = name
        self.dateExpire = dateExpire
    }
}
