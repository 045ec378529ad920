import Foundation
import VultrOpenAPI

/// A user of the account, with every field of Vultr's newest schema.
///
/// Fields other than ``id`` are optional because older servers and listings omit some of them.
/// `Codable` with Vultr's own field names, so it prints as Vultr writes it.
public struct User: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String?
    public var firstName: String?
    public var lastName: String?
    public var email: String?
    public var apiEnabled: Bool?
    public var acls: [ACL]
    public var invitedBy: String?
    public var invitedOn: String?
    public var inviteAccepted: Bool?
    public var serviceUser: Bool?
    public var status: UserStatus?
    public var lastActivity: String?
    /// Present only in the answer that created a service user: the one time the key is shown.
    public var apiKey: String?

    public init(
        id: String, name: String? = nil, firstName: String? = nil, lastName: String? = nil, email: String? = nil,
        apiEnabled: Bool? = nil, acls: [ACL] = [], invitedBy: String? = nil, invitedOn: String? = nil,
        inviteAccepted: Bool? = nil, serviceUser: Bool? = nil, status: UserStatus? = nil,
        lastActivity: String? = nil, apiKey: String? = nil
    ) {
        self.id = id
        self.name = name
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.apiEnabled = apiEnabled
        self.acls = acls
        self.invitedBy = invitedBy
        self.invitedOn = invitedOn
        self.inviteAccepted = inviteAccepted
        self.serviceUser = serviceUser
        self.status = status
        self.lastActivity = lastActivity
        self.apiKey = apiKey
    }

    /// The name to show: `name`, else first and last name, else the email.
    public var displayName: String {
        if let name, !name.isEmpty { return name }
        let joined = [firstName, lastName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return joined.isEmpty ? label : joined
    }

    /// How vus names the user to people: the email, else the id.
    public var label: String { email ?? id }

    enum CodingKeys: String, CodingKey {
        case id, name, email, acls, status
        case firstName = "first_name", lastName = "last_name", apiEnabled = "api_enabled"
        case invitedBy = "invited_by", invitedOn = "invited_on", inviteAccepted = "invite_accepted"
        case serviceUser = "service_user", lastActivity = "last_activity", apiKey = "api_key"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id),
            name: try c.decodeIfPresent(String.self, forKey: .name),
            firstName: try c.decodeIfPresent(String.self, forKey: .firstName),
            lastName: try c.decodeIfPresent(String.self, forKey: .lastName),
            email: try c.decodeIfPresent(String.self, forKey: .email),
            apiEnabled: try c.decodeIfPresent(Bool.self, forKey: .apiEnabled),
            acls: try c.decodeIfPresent([ACL].self, forKey: .acls) ?? [],
            invitedBy: try c.decodeIfPresent(String.self, forKey: .invitedBy),
            invitedOn: try c.decodeIfPresent(String.self, forKey: .invitedOn),
            inviteAccepted: try c.decodeIfPresent(Bool.self, forKey: .inviteAccepted),
            serviceUser: try c.decodeIfPresent(Bool.self, forKey: .serviceUser),
            status: try c.decodeIfPresent(UserStatus.self, forKey: .status),
            lastActivity: try c.decodeIfPresent(String.self, forKey: .lastActivity),
            apiKey: try c.decodeIfPresent(String.self, forKey: .apiKey))
    }
}

extension User {
    /// The domain user for a decoded wire user.
    init(_ wire: Components.Schemas.User) {
        let status: UserStatus? = switch wire.status {
        case .case1(let text): UserStatus(text)
        case .case2(let flag): UserStatus(flag: flag)
        case nil: nil
        }
        self.init(
            id: wire.id, name: wire.name, firstName: wire.firstName, lastName: wire.lastName, email: wire.email,
            apiEnabled: wire.apiEnabled, acls: (wire.acls ?? []).map { ACL(rawValue: $0) }, invitedBy: wire.invitedBy,
            invitedOn: wire.invitedOn, inviteAccepted: wire.inviteAccepted, serviceUser: wire.serviceUser,
            status: status, lastActivity: wire.lastActivity, apiKey: wire.apiKey)
    }
}
