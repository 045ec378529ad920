import VultrOpenAPI

/// Who may assume an assumable role, and under which conditions.
public struct RoleTrust: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var roleID: String
    public var roleName: String?
    /// `TemporaryAssumption`, `IAMAssumption` or `FederatedAssumption`.
    public var type: String
    public var userID: String?
    /// The trusted user's email, as the answer shows it.
    public var userEmail: String?
    public var groupID: String?
    public var groupName: String?
    /// Hours of the day, UTC, during which the role may be assumed, e.g. 9-17.
    public var hours: ClosedRange<Int>?
    /// CIDR blocks it may be assumed from; empty means anywhere.
    public var fromAddresses: [String]
    public var validUntil: String?
    public var createdOn: String?

    public init(id: String, roleID: String, roleName: String? = nil, type: String = "TemporaryAssumption",
                userID: String? = nil, userEmail: String? = nil, groupID: String? = nil, groupName: String? = nil,
                hours: ClosedRange<Int>? = nil, fromAddresses: [String] = [], validUntil: String? = nil, createdOn: String? = nil) {
        self.id = id
        self.roleID = roleID
        self.roleName = roleName
        self.type = type
        self.userID = userID
        self.userEmail = userEmail
        self.groupID = groupID
        self.groupName = groupName
        self.hours = hours
        self.fromAddresses = fromAddresses
        self.validUntil = validUntil
        self.createdOn = createdOn
    }

    init(_ wire: Components.Schemas.RoleTrust) {
        func present(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
        let hours = wire.conditions?.timeOfDay.flatMap { time -> ClosedRange<Int>? in
            guard let start = time.start, let end = time.end, start <= end else { return nil }
            return start...end
        }
        self.init(id: wire.id, roleID: wire.roleId ?? "", roleName: wire.roleName, type: wire.trustType ?? "",
                  userID: present(wire.trustedUserId), userEmail: present(wire.userDisplay),
                  groupID: present(wire.trustedGroupId), groupName: present(wire.groupDisplay), hours: hours,
                  fromAddresses: wire.conditions?.ipAddress ?? [], validUntil: present(wire.validUntil),
                  createdOn: wire.dateCreated)
    }

    init(_ answer: Components.Schemas.RoleTrustAnswer) throws {
        guard let wire = answer.value1 ?? answer.value2?.roleTrust else { throw VultrClient.emptyAnswer("role trust") }
        self.init(wire)
    }
}
