import VultrAccess

/// A users document whole: its users and, when it manages them, the organization's groups,
/// roles and custom policies. A section left out is not managed by the document.
public struct UsersDocumentContent: Sendable, Equatable {
    public var users: [UsersDocumentEntry]
    public var groups: [GroupEntry]?
    public var roles: [RoleEntry]?
    public var policies: [PolicyEntry]?

    /// The top-level keys, in the order `export users` writes them.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case users, groups, roles, policies
    }

    public init(users: [UsersDocumentEntry], groups: [GroupEntry]? = nil, roles: [RoleEntry]? = nil, policies: [PolicyEntry]? = nil) {
        self.users = users
        self.groups = groups
        self.roles = roles
        self.policies = policies
    }
}

/// A group as a users document gives it: its roles and policies by name.
public struct GroupEntry: Codable, Sendable, Equatable {
    public var name: String
    public var description: String?
    public var roles: [String]?
    public var policies: [String]?
    /// Where it starts in the document read; never written.
    public var line: Int = 0

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, description, roles, policies
    }

    public init(name: String, description: String? = nil, roles: [String]? = nil, policies: [String]? = nil, line: Int = 0) {
        self.name = name
        self.description = description
        self.roles = roles
        self.policies = policies
        self.line = line
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        (lhs.name, lhs.description, lhs.roles, lhs.policies) == (rhs.name, rhs.description, rhs.roles, rhs.policies)
    }
}

/// A role as a users document gives it: `assignable` or `assumable`, and its policies by name.
public struct RoleEntry: Codable, Sendable, Equatable {
    public var name: String
    public var type: String?
    public var description: String?
    public var policies: [String]?
    public var line: Int = 0

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, type, description, policies
    }

    /// The types a role can have.
    public static let types = ["assignable", "assumable"]

    public init(name: String, type: String? = nil, description: String? = nil, policies: [String]? = nil, line: Int = 0) {
        self.name = name
        self.type = type
        self.description = description
        self.policies = policies
        self.line = line
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        (lhs.name, lhs.type, lhs.description, lhs.policies) == (rhs.name, rhs.type, rhs.description, rhs.policies)
    }
}

/// A custom policy as a users document gives it, with its document as Vultr writes it. Vultr's
/// managed policies are referred to by name and never written out.
public struct PolicyEntry: Codable, Sendable, Equatable {
    public var name: String
    public var description: String?
    public var document: PolicyDocument
    public var line: Int = 0

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, description, document
    }

    public init(name: String, description: String? = nil, document: PolicyDocument, line: Int = 0) {
        self.name = name
        self.description = description
        self.document = document
        self.line = line
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        (lhs.name, lhs.description, lhs.document) == (rhs.name, rhs.description, rhs.document)
    }
}
