/// What to create: Vultr requires an email, first and last name and a password.
public struct NewUser: Sendable, Hashable {
    public var email: String
    public var firstName: String
    public var lastName: String
    public var password: String
    public var acls: [ACL]
    /// `nil` leaves Vultr's default (on).
    public var apiEnabled: Bool?
    /// An API-only user with no portal login; receives its key in the create answer.
    public var serviceUser: Bool

    public init(email: String, firstName: String, lastName: String, password: String, acls: [ACL] = [],
                apiEnabled: Bool? = nil, serviceUser: Bool = false) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.password = password
        self.acls = acls
        self.apiEnabled = apiEnabled
        self.serviceUser = serviceUser
    }
}

/// A change to a user. Only the fields that are set are sent, so a PATCH never overwrites what
/// it did not mean to change; `apiEnabled: false` is sent explicitly.
public struct UserUpdate: Sendable, Hashable {
    public var email: String?
    public var apiEnabled: Bool?
    public var acls: [ACL]?

    public init(email: String? = nil, apiEnabled: Bool? = nil, acls: [ACL]? = nil) {
        self.email = email
        self.apiEnabled = apiEnabled
        self.acls = acls
    }

    /// Nothing to send.
    public var isEmpty: Bool { email == nil && apiEnabled == nil && acls == nil }

    /// This update without the parts `user` already has, so re-running a change sends nothing.
    /// ACLs compare as sets: order does not matter to Vultr.
    public func removingWhatIsAlreadyTrue(of user: User) -> UserUpdate {
        var needed = self
        if let email, email.lowercased() == user.email?.lowercased() { needed.email = nil }
        if let apiEnabled, apiEnabled == user.apiEnabled { needed.apiEnabled = nil }
        if let acls, Set(acls) == Set(user.acls) { needed.acls = nil }
        return needed
    }
}
