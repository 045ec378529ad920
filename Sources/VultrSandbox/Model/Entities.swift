import Foundation

/// A user as the sandbox stores it. `sequence` orders listings and anchors cursors, so pages
/// stay consistent while users come and go.
struct UserEntity: Codable, Sendable, Equatable {
    var sequence: Int
    var id: String
    var firstName: String
    var lastName: String
    var email: String
    var apiEnabled: Bool
    var acls: [String]
    var serviceUser: Bool
    var status: String
    var invitedBy: String
    var invitedOn: String
    var inviteAccepted: Bool
    var lastActivity: String
    /// When the member was suspended in the organization; `nil` unless suspended.
    var dateSuspended: String? = nil
    var apiKeys: [APIKeyEntity]
    var allowlist: [AllowlistEntity]

    var name: String { [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ") }
}

/// One of a user's API keys; `secret` is the full key text, shown only when it is created.
struct APIKeyEntity: Codable, Sendable, Equatable {
    var id: String
    var secret: String
    var name: String
    var expire: Bool
    var dateExpire: String
    var dateCreated: String

    /// The key as listings show it: all but the last five characters hidden.
    var masked: String {
        String(repeating: "*", count: max(0, secret.count - 5)) + secret.suffix(5)
    }
}

/// One subnet a user's keys may be used from.
struct AllowlistEntity: Codable, Sendable, Equatable {
    var subnet: String
    var subnetSize: Int
    var dateAdded: String
    var ipType: String
}

/// The account the configured keys belong to.
struct AccountEntity: Codable, Sendable, Equatable {
    var name: String
    var email: String
    var acls: [String]
    var balance: Double
    var pendingCharges: Double
    var lastPaymentDate: String
    var lastPaymentAmount: Double
}

/// Everything the sandbox knows; what the state file holds.
struct SandboxState: Codable, Sendable, Equatable {
    /// Bumped when the file layout changes incompatibly.
    static let formatVersion = 2

    var formatVersion: Int = SandboxState.formatVersion
    var account: AccountEntity
    /// Ordered by `sequence`.
    var users: [UserEntity]
    var nextSequence: Int
    /// The IAM organization; `nil` for an account without IAM.
    var organization: OrganizationState?
    /// The API keys of the account's owner (the caller of `/apikeys`).
    var ownerKeys: [APIKeyEntity] = []
}
