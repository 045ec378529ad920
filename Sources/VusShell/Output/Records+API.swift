import Foundation
import VultrAPI

extension User: Record {
    public static let tableColumns = ["EMAIL", "NAME", "API", "STATUS", "ACLS", "ID"]
    public var tableCells: [String] {
        [email ?? "", displayName, apiEnabled.map(Toggle.word) ?? "?",
         status?.description ?? "", acls.isEmpty ? "-" : acls.map(\.rawValue).joined(separator: ","), id]
    }
    public static let csvColumns = ["id", "email", "first_name", "last_name", "name", "api_enabled", "status",
                                    "service_user", "acls", "invited_on", "invite_accepted", "last_activity"]
    public var csvCells: [String] {
        [id, email ?? "", firstName ?? "", lastName ?? "", name ?? "", apiEnabled.map(String.init) ?? "",
         status?.description ?? "", serviceUser.map(String.init) ?? "", acls.map(\.rawValue).joined(separator: " "),
         invitedOn ?? "", inviteAccepted.map(String.init) ?? "", lastActivity ?? ""]
    }
    public var quietText: String { id }
}

extension APIKey: Record {
    public static let tableColumns = ["ID", "NAME", "KEY", "EXPIRES", "CREATED"]
    public var tableCells: [String] {
        [id, name ?? "", key ?? "", (expires ?? false) ? (expiresOn ?? "yes") : "never", createdOn ?? ""]
    }
    public static let csvColumns = ["id", "name", "api_key", "expire", "date_expire", "date_created"]
    public var csvCells: [String] {
        [id, name ?? "", key ?? "", expires.map(String.init) ?? "", expiresOn ?? "", createdOn ?? ""]
    }
    public var quietText: String { id }
}

extension AllowlistEntry: Record {
    public static let tableColumns = ["SUBNET", "TYPE", "ADDED"]
    public var tableCells: [String] {
        [subnet.prefixLength == 0 ? "\(subnet) (any)" : subnet.description, ipType ?? "", added ?? ""]
    }
    public static let csvColumns = ["subnet", "subnet_size", "ip_type", "date_added"]
    public var csvCells: [String] { [subnet.address, String(subnet.prefixLength), ipType ?? "", added ?? ""] }
    public var quietText: String { subnet.description }
}

extension Account: Record {
    public static let tableColumns = ["NAME", "EMAIL", "BALANCE", "PENDING", "LAST PAYMENT", "ACLS"]
    public var tableCells: [String] {
        [name ?? "", email ?? "", balance.map { String(format: "%.2f", $0) } ?? "",
         pendingCharges.map { String(format: "%.2f", $0) } ?? "",
         [lastPaymentAmount.map { String(format: "%.2f", $0) }, lastPaymentDate].compactMap { $0 }.joined(separator: " on "),
         acls.map(\.rawValue).joined(separator: ",")]
    }
    public static let csvColumns = ["name", "email", "balance", "pending_charges", "last_payment_date",
                                    "last_payment_amount", "acls"]
    public var csvCells: [String] {
        [name ?? "", email ?? "", balance.map { String($0) } ?? "", pendingCharges.map { String($0) } ?? "",
         lastPaymentDate ?? "", lastPaymentAmount.map { String($0) } ?? "", acls.map(\.rawValue).joined(separator: " ")]
    }
    public var quietText: String { email ?? "" }
}
