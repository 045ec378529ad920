#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One member's line in an access review table.
public struct ReviewRow: Sendable, Hashable {
    /// The user id.
    public var userID: String
    /// The login email.
    public var email: String
    /// Whether API access is on.
    public var apiEnabled: Bool
    /// The account owner.
    public var isOwner: Bool
    /// Suspended.
    public var isSuspended: Bool
    /// A machine identity.
    public var isServiceUser: Bool
    /// The user's API keys.
    public var keys: [UserAPIKey]
    /// Last activity; `nil` when never active.
    public var lastActivity: Date?
    /// Names of the groups the user is in.
    public var groups: [String]
    /// Names of the roles assigned to the user directly.
    public var roles: [String]
    /// Names of the roles reaching the user through groups.
    public var groupRoles: [String]
    /// Names of the roles the user may assume through a trust (their own or a group's).
    public var trustedRoles: [String]
    /// Names of the policies attached to the user directly.
    public var directPolicies: [String]
    /// The legacy ACL names on the user record, documented or not.
    public var acls: [String]

    /// Creates a row.
    public init(userID: String, email: String, apiEnabled: Bool, isOwner: Bool, isSuspended: Bool,
                isServiceUser: Bool, keys: [UserAPIKey], lastActivity: Date?, groups: [String],
                roles: [String], groupRoles: [String], trustedRoles: [String] = [], directPolicies: [String], acls: [String]) {
        self.userID = userID
        self.email = email
        self.apiEnabled = apiEnabled
        self.isOwner = isOwner
        self.isSuspended = isSuspended
        self.isServiceUser = isServiceUser
        self.keys = keys
        self.lastActivity = lastActivity
        self.groups = groups
        self.roles = roles
        self.groupRoles = groupRoles
        self.trustedRoles = trustedRoles
        self.directPolicies = directPolicies
        self.acls = acls
    }

    /// The ACL names Vultr does not document (they grant nothing).
    public var unknownACLs: [String] { acls.filter { !LegacyACL($0).isKnown } }
}
