/// A policy: a document of statements plus where it is attached.
public struct IAMPolicy: Sendable, Hashable, Codable, Identifiable {
    /// The policy id.
    public var id: String
    /// The policy name, shown in access paths.
    public var name: String
    /// Free text.
    public var description: String
    /// Managed by Vultr rather than written by the organization.
    public var isSystemPolicy: Bool
    /// The statements.
    public var document: PolicyDocument
    /// Users the policy is attached to directly (policy→users).
    public var userIDs: [String]
    /// Groups the policy is attached to (policy→groups).
    public var groupIDs: [String]
    /// Roles that contain the policy (policy→roles).
    public var roleIDs: [String]

    /// Creates a policy.
    public init(id: String, name: String, description: String = "", isSystemPolicy: Bool = false,
                document: PolicyDocument, userIDs: [String] = [], groupIDs: [String] = [],
                roleIDs: [String] = []) {
        self.id = id
        self.name = name
        self.description = description
        self.isSystemPolicy = isSystemPolicy
        self.document = document
        self.userIDs = userIDs
        self.groupIDs = groupIDs
        self.roleIDs = roleIDs
    }
}
