/// The state of a user's membership of the account.
public enum UserStatus: Hashable, Sendable, Codable, CustomStringConvertible {
    case pending, active, suspended, closed
    /// A state this client does not know, kept as Vultr sent it.
    case other(String)

    public init(_ text: String) {
        switch text.lowercased() {
        case "pending": self = .pending
        case "active": self = .active
        case "suspended": self = .suspended
        case "closed": self = .closed
        default: self = .other(text)
        }
    }

    /// Some listings carry `status` as a boolean: `true` for an active user.
    public init(flag: Bool) { self = flag ? .active : .other("inactive") }

    public var description: String {
        switch self {
        case .pending: "pending"
        case .active: "active"
        case .suspended: "suspended"
        case .closed: "closed"
        case .other(let text): text
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) { self.init(flag: flag) } else {
            self.init(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
