import Foundation

extension User {
    /// When the user was last active; `nil` for one who never was (a pending invitation).
    public var lastActivityDate: Date? { VultrDate.parse(lastActivity) }
    /// When the user was invited.
    public var invitedOnDate: Date? { VultrDate.parse(invitedOn) }
}

extension Invitation {
    /// Whether it lapsed unanswered: still pending, and its expiry date has passed. Vultr goes on
    /// calling it pending, and resending it sets a new expiry date.
    public func hasLapsed(at now: Date = Date()) -> Bool {
        isPending && (VultrDate.parse(expiresOn).map { $0 < now } ?? false)
    }
}
