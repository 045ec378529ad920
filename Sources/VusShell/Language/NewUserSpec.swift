/// Everything `create user` says about the user to create.
public struct NewUserSpec: Sendable, Equatable {
    /// The new user's email address (contains `@`).
    public var email: String
    /// `first=<name>`.
    public var firstName: String
    /// `last=<name>`.
    public var lastName: String
    /// `acl=a,b`: canonical ACL names, in the order written, without duplicates.
    public var acls: [String]
    /// `api=on|off`; `nil` leaves the API's default.
    public var apiEnabled: Bool?
    /// Whether the bare word `service` (or `service=yes`) was given.
    public var serviceUser: Bool
    /// `password=<..>`; `nil` lets the API send an invitation instead.
    public var password: String?

    /// Creates a specification.
    public init(
        email: String,
        firstName: String,
        lastName: String,
        acls: [String] = [],
        apiEnabled: Bool? = nil,
        serviceUser: Bool = false,
        password: String? = nil
    ) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.acls = acls
        self.apiEnabled = apiEnabled
        self.serviceUser = serviceUser
        self.password = password
    }
}
