#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VultrValues

/// A role trust: a user, or every member of a group, may assume a role, within its terms.
///
/// The evaluator counts a trust like a role assigned to the trustee (the trustee can take the
/// role on at will, within the hours and addresses given), until ``validUntil``. The hours and
/// addresses are shown on the path, not evaluated: a question names no time or address.
public struct IAMTrust: Sendable, Hashable, Codable, Identifiable {
    /// The trust id.
    public var id: String
    /// The role it lets the trustee assume.
    public var roleID: String
    /// The trusted user, when it trusts one user.
    public var userID: String?
    /// The trusted group, when it trusts a group's members.
    public var groupID: String?
    /// The moment it stops; `nil` when it never does.
    public var validUntil: Date?
    /// The hours of the day (UTC) during which the role may be assumed; `nil` for any hour.
    public var hours: ClosedRange<Int>?
    /// The addresses (CIDR blocks) it may be assumed from; empty for anywhere.
    public var fromAddresses: [String]

    /// Creates a trust; without terms it lets the trustee assume the role at any time, from anywhere.
    public init(id: String, roleID: String, userID: String? = nil, groupID: String? = nil, validUntil: Date? = nil,
                hours: ClosedRange<Int>? = nil, fromAddresses: [String] = []) {
        self.id = id
        self.roleID = roleID
        self.userID = userID
        self.groupID = groupID
        self.validUntil = validUntil
        self.hours = hours
        self.fromAddresses = fromAddresses
    }

    /// Whether it still lets anyone assume its role at `moment`.
    public func isInForce(at moment: Date) -> Bool {
        validUntil.map { $0 > moment } ?? true
    }

    /// The step of an access path that passes through it.
    public var pathStep: AccessPath.Step { .trust(id: id, terms: terms) }

    /// Its terms in words, as a path shows them: `hours 9-17 UTC, from 203.0.113.0/24, until
    /// 2027-06-30T00:00:00+00:00`; empty when it has none.
    public var terms: String {
        var parts: [String] = []
        if let hours { parts.append("hours \(hours.lowerBound)-\(hours.upperBound) UTC") }
        if !fromAddresses.isEmpty { parts.append("from " + fromAddresses.joined(separator: ", ")) }
        if let validUntil { parts.append("until " + VultrDate.string(validUntil)) }
        return parts.joined(separator: ", ")
    }
}
