import Foundation

extension User {
    /// When the user was last active; `nil` for one who never was (a pending invitation).
    public var lastActivityDate: Date? { VultrDate.parse(lastActivity) }
    /// When the user was invited.
    public var invitedOnDate: Date? { VultrDate.parse(invitedOn) }
}
