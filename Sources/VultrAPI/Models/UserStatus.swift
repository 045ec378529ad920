/// The state of a user's membership of the account.
public enum UserStatus: Hashable, Sendable, Codable, CustomStringConvertible {
    case pending, active, suspended, closed
    /// A state this client does not know, kept as Vultr sent it.
    case other(String)

    /// The states Vultr reports, in the order lists name them.
    public static let known: [UserStatus] = [.pending, .active, .suspended, .closed]

    public init(_ text: String) {
        let lowered = text.lowercased()
        self = Self.known.first { $0.description == lowered } ?? .other(text)
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
