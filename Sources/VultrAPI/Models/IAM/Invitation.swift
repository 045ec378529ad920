import VultrOpenAPI

/// An invitation to join the organization.
public struct Invitation: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var email: String
    /// `Pending` or `Accepted`, as Vultr writes it (one past its expiry date stays `Pending`: see `hasLapsed`).
    public var status: String
    /// Whether the invitee's API access will be on.
    public var apiEnabled: Bool?
    public var invitedBy: String?
    public var sentOn: String?
    public var expiresOn: String?
    public var respondedOn: String?

    public init(id: String, email: String, status: String, apiEnabled: Bool? = nil, invitedBy: String? = nil,
                sentOn: String? = nil, expiresOn: String? = nil, respondedOn: String? = nil) {
        self.id = id
        self.email = email
        self.status = status
        self.apiEnabled = apiEnabled
        self.invitedBy = invitedBy
        self.sentOn = sentOn
        self.expiresOn = expiresOn
        self.respondedOn = respondedOn
    }

    /// Only a pending invitation can be resent.
    public var isPending: Bool { status.lowercased() == "pending" }

    enum CodingKeys: String, CodingKey {
        case id, email, status
        case apiEnabled = "api_enabled", invitedBy = "invited_by", sentOn = "date_created"
        case expiresOn = "expiration_date", respondedOn = "date_responded"
    }

    init(_ wire: Components.Schemas.Invitation) {
        let apiEnabled: Bool? = switch wire.permissions {
        case .InvitationPermissions(let permissions)?:
            switch permissions.apiEnabled {
            case .case1(let flag)?: flag
            case .case2(let text)?: ["yes", "true", "on"].contains(text.lowercased())
            case nil: nil
            }
        case .case2?: nil  // The document types it as an unspecified string.
        case nil: nil
        }
        self.init(id: wire.id, email: wire.emailInvited ?? "", status: wire.inviteStatus ?? wire.statusFull ?? wire.status ?? "",
                  apiEnabled: apiEnabled, invitedBy: wire.inviterEmail, sentOn: wire.dateCreated,
                  expiresOn: wire.expirationDate, respondedOn: wire.dateResponded.flatMap { $0.isEmpty ? nil : $0 })
    }

    init(_ answer: Components.Schemas.InvitationAnswer) throws {
        guard let wire = answer.value1 ?? answer.value2?.invitation else { throw VultrClient.emptyAnswer("invitation") }
        self.init(wire)
    }
}
