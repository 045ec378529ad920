/// A group of users; policies and assignable roles attached to it apply to every member.
public struct IAMGroup: Sendable, Hashable, Codable, Identifiable {
    /// The group id.
    public var id: String
    /// The group name, shown in access paths.
    public var name: String
    /// Free text.
    public var description: String
    /// Ids of the member users (the group→members attachment).
    public var memberIDs: [String]

    /// Creates a group.
    public init(id: String, name: String, description: String = "", memberIDs: [String] = []) {
        self.id = id
        self.name = name
        self.description = description
        self.memberIDs = memberIDs
    }
}
