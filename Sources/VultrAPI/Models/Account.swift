import VultrOpenAPI

/// The account the API key belongs to.
public struct Account: Hashable, Sendable, Codable {
    public var name: String?
    public var email: String?
    public var acls: [ACL]
    /// Negative means credit.
    public var balance: Double?
    public var pendingCharges: Double?
    public var lastPaymentDate: String?
    public var lastPaymentAmount: Double?

    enum CodingKeys: String, CodingKey {
        case name, email, acls, balance
        case pendingCharges = "pending_charges", lastPaymentDate = "last_payment_date"
        case lastPaymentAmount = "last_payment_amount"
    }

    init(_ wire: Components.Schemas.Account) {
        name = wire.name
        email = wire.email
        acls = (wire.acls ?? []).map { ACL(rawValue: $0) }
        balance = wire.balance
        pendingCharges = wire.pendingCharges
        lastPaymentDate = wire.lastPaymentDate
        lastPaymentAmount = wire.lastPaymentAmount
    }
}
