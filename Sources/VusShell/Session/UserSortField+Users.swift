import Foundation
import VultrAPI

/// How each `sort=` field orders users, and the column a table adds for it when the table does
/// not already show it.
extension UserSortField {
    /// A key that orders users by this field as text.
    func key(_ user: User) -> String {
        switch self {
        case .email: user.email?.lowercased() ?? ""
        case .name: user.displayName.lowercased()
        case .status: user.status?.description ?? ""
        case .api: user.apiEnabled == true ? "1" : "0"
        case .lastActivity: Self.sortable(user.lastActivityDate)
        case .invitedOn: Self.sortable(user.invitedOnDate)
        }
    }

    /// The heading a table adds for this field, when users' tables do not show it.
    var addedColumn: String? {
        switch self {
        case .lastActivity: "LAST ACTIVITY"
        case .invitedOn: "INVITED"
        case .email, .name, .status, .api: nil
        }
    }

    /// The cell of that added column.
    func cell(_ user: User) -> String {
        switch self {
        case .lastActivity: user.lastActivity.flatMap { $0.isEmpty ? nil : $0 } ?? "never"
        case .invitedOn: user.invitedOn ?? ""
        case .email, .name, .status, .api: ""
        }
    }

    /// A date as text that sorts in time order; none sorts first.
    private static func sortable(_ date: Date?) -> String {
        date.map { String(format: "%020.3f", $0.timeIntervalSince1970 + 1e10) } ?? ""
    }
}
