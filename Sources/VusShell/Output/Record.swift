import VultrAPI

/// Something shown as a row of a table or CSV, and as an object (with Vultr's field names) in
/// JSON and YAML.
protocol Record: Encodable, Sendable {
    /// Table headings.
    static var tableColumns: [String] { get }
    /// Table cells, one per column.
    var tableCells: [String] { get }
    /// CSV headings (Vultr's field names).
    static var csvColumns: [String] { get }
    var csvCells: [String] { get }
    /// What `-q` prints.
    var quietText: String { get }
}

extension User: Record {
    static let tableColumns = ["EMAIL", "NAME", "API", "STATUS", "ACLS", "ID"]
    var tableCells: [String] {
        [email ?? "", displayName, apiEnabled.map { $0 ? "on" : "off" } ?? "?",
         status?.description ?? "", acls.isEmpty ? "-" : acls.map(\.rawValue).joined(separator: ","), id]
    }
    static let csvColumns = ["id", "email", "first_name", "last_name", "name", "api_enabled", "status", "service_user",
                             "acls", "invited_on", "invite_accepted", "last_activity"]
    var csvCells: [String] {
        [id, email ?? "", firstName ?? "", lastName ?? "", name ?? "", apiEnabled.map(String.init) ?? "",
         status?.description ?? "", serviceUser.map(String.init) ?? "", acls.map(\.rawValue).joined(separator: " "),
         invitedOn ?? "", inviteAccepted.map(String.init) ?? "", lastActivity ?? ""]
    }
    var quietText: String { id }
}

extension APIKey: Record {
    static let tableColumns = ["ID", "NAME", "KEY", "EXPIRES", "CREATED"]
    var tableCells: [String] {
        [id, name ?? "", key ?? "", (expires ?? false) ? (expiresOn ?? "yes") : "never", createdOn ?? ""]
    }
    static let csvColumns = ["id", "name", "api_key", "expire", "date_expire", "date_created"]
    var csvCells: [String] {
        [id, name ?? "", key ?? "", expires.map(String.init) ?? "", expiresOn ?? "", createdOn ?? ""]
    }
    var quietText: String { id }
}

extension AllowlistEntry: Record {
    static let tableColumns = ["SUBNET", "TYPE", "ADDED"]
    var tableCells: [String] {
        [subnet.prefixLength == 0 ? "\(subnet) (any)" : subnet.description, ipType ?? "", added ?? ""]
    }
    static let csvColumns = ["subnet", "subnet_size", "ip_type", "date_added"]
    var csvCells: [String] { [subnet.address, String(subnet.prefixLength), ipType ?? "", added ?? ""] }
    var quietText: String { subnet.description }
}

/// A permission with what it allows, for `ls acls`.
struct ACLRecord: Record {
    let name: String
    let description: String

    static let tableColumns = ["ACL", "ALLOWS"]
    var tableCells: [String] { [name, description] }
    static let csvColumns = ["name", "description"]
    var csvCells: [String] { [name, description] }
    var quietText: String { name }

    static let descriptions: [String: String] = [
        "abuse": "view and answer abuse reports",
        "activity_logs": "read the account's activity log",
        "alerts": "manage monitoring alerts",
        "billing": "see invoices and manage payment",
        "dns": "manage DNS domains and records",
        "firewall": "manage firewall groups and rules",
        "loadbalancer": "manage load balancers",
        "manage_users": "manage users and their API access",
        "objstore": "manage object storage",
        "provisioning": "deploy and destroy instances",
        "subscriptions": "manage existing instances and services",
        "subscriptions_view": "view instances and services",
        "support": "open and answer support tickets",
        "upgrade": "upgrade plans",
    ]
}

extension Account: Record {
    static let tableColumns = ["NAME", "EMAIL", "BALANCE", "PENDING", "LAST PAYMENT", "ACLS"]
    var tableCells: [String] {
        [name ?? "", email ?? "", balance.map { String(format: "%.2f", $0) } ?? "",
         pendingCharges.map { String(format: "%.2f", $0) } ?? "",
         [lastPaymentAmount.map { String(format: "%.2f", $0) }, lastPaymentDate].compactMap { $0 }.joined(separator: " on "),
         acls.map(\.rawValue).joined(separator: ",")]
    }
    static let csvColumns = ["name", "email", "balance", "pending_charges", "last_payment_date", "last_payment_amount", "acls"]
    var csvCells: [String] {
        [name ?? "", email ?? "", balance.map { String($0) } ?? "", pendingCharges.map { String($0) } ?? "",
         lastPaymentDate ?? "", lastPaymentAmount.map { String($0) } ?? "", acls.map(\.rawValue).joined(separator: " ")]
    }
    var quietText: String { email ?? "" }
}
