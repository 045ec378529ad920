/// A named bundle of policies, assigned to users and (if assignable) to groups.
public struct IAMRole: Sendable, Hashable, Codable, Identifiable {
    /// How a role reaches its holders.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Held permanently by the users and groups it is assigned to.
        case assignable
        /// Taken on temporarily by a user (`iam.role.AssumeRole`); Vultr attaches
        /// these to users only.
        case assumable
    }

    /// The role id.
    public var id: String
    /// The role name, shown in access paths.
    public var name: String
    /// Free text.
    public var description: String
    /// Assignable or assumable.
    public var kind: Kind
    /// Ids of users the role is assigned to (role→users).
    public var userIDs: [String]
    /// Ids of groups the role is assigned to (role→groups). Only assignable roles
    /// may attach to groups; the evaluator ignores an assumable role's group ids.
    public var groupIDs: [String]

    /// Creates a role.
    public init(id: String, name: String, description: String = "", kind: Kind = .assignable,
                userIDs: [String] = [], groupIDs: [String] = []) {
        self.id = id
        self.name = name
        self.description = description
        self.kind = kind
        self.userIDs = userIDs
        self.groupIDs = groupIDs
    }
}
