import VultrOpenAPI

/// A permission granted to a user, such as `billing` or `manage_users`.
///
/// The 14 names Vultr documents are ``known``; a name Vultr adds later is kept as it is rather
/// than dropped, so reading a user and writing it back never loses a permission.
public struct ACL: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ name: String) { self.rawValue = name }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Every permission name the API document defines, in its order.
    public static let known: [ACL] = Components.Schemas.Acl.allCases.map { ACL($0.rawValue) }

    /// Whether Vultr documents this name.
    public var isKnown: Bool { Self.known.contains(self) }

    public var description: String { rawValue }

    public static func < (lhs: ACL, rhs: ACL) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
