import Foundation
import VultrAPI

extension Group: Record {
    public static let tableColumns = ["NAME", "MEMBERS", "DESCRIPTION", "ID"]
    public var tableCells: [String] { [name, String(members.count), description, id] }
    public static let csvColumns = ["id", "display_name", "description", "members"]
    public var csvCells: [String] { [id, name, description, members.compactMap(\.email).joined(separator: " ")] }
    public var quietText: String { name }
}

extension Role: Record {
    public static let tableColumns = ["NAME", "TYPE", "POLICIES", "DESCRIPTION", "ID"]
    public var tableCells: [String] { [name, type, policies.map(\.name).joined(separator: ","), description, id] }
    public static let csvColumns = ["id", "name", "role_type", "description", "policies"]
    public var csvCells: [String] { [id, name, type, description, policies.map(\.name).joined(separator: " ")] }
    public var quietText: String { name }
}

extension Policy: Record {
    public static let tableColumns = ["NAME", "KIND", "STATEMENTS", "DESCRIPTION", "ID"]
    public var tableCells: [String] {
        [name, isManaged ? "managed" : "custom", document.statements.map(\.summary).joined(separator: "; "), description, id]
    }
    public static let csvColumns = ["id", "name", "is_system_policy", "description", "statements"]
    public var csvCells: [String] {
        [id, name, String(isManaged), description, document.statements.map(\.summary).joined(separator: "; ")]
    }
    public var quietText: String { name }
}

extension Invitation: Record {
    public static let tableColumns = ["EMAIL", "STATUS", "API", "SENT", "EXPIRES", "ID"]
    public var tableCells: [String] {
        [email, hasLapsed() ? "\(status) (expired)" : status, apiEnabled.map(Toggle.word) ?? "?", sentOn ?? "", expiresOn ?? "", id]
    }
    public static let csvColumns = ["id", "email_invited", "invite_status", "api_enabled", "date_created", "expiration_date"]
    public var csvCells: [String] {
        [id, email, status, apiEnabled.map(String.init) ?? "", sentOn ?? "", expiresOn ?? ""]
    }
    public var quietText: String { id }
}

extension RoleTrust: Record {
    /// Who it trusts, as people know them: the user's email or `group NAME`, else their id.
    var trusted: String? { userEmail ?? groupName.map { "group \($0)" } ?? userID ?? groupID }

    public static let tableColumns = ["ROLE", "WHO", "HOURS (UTC)", "FROM", "UNTIL", "ID"]
    public var tableCells: [String] {
        [roleName ?? roleID, trusted ?? "",
         hours.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "any", fromAddresses.isEmpty ? "anywhere" : fromAddresses.joined(separator: ","),
         validUntil ?? "never", id]
    }
    public static let csvColumns = ["id", "role_id", "role_name", "trust_type", "trusted_user_id", "trusted_group_id",
                                    "hours", "ip_address", "valid_until"]
    public var csvCells: [String] {
        [id, roleID, roleName ?? "", type, userID ?? "", groupID ?? "", hours.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "",
         fromAddresses.joined(separator: " "), validUntil ?? ""]
    }
    public var quietText: String { id }
}
