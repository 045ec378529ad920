import VultrAPI

/// A permission with what it allows, for `ls acls`.
struct ACLRecord: Record {
    let name: String
    let description: String

    static let tableColumns = ["ACL", "ALLOWS"]
    var tableCells: [String] { [name, description] }
    static let csvColumns = ["name", "description"]
    var csvCells: [String] { [name, description] }
    var quietText: String { name }
}

/// Whether one user's API access is on, for `api [user]`.
struct APIStateRecord: Record {
    let id: String
    let email: String?
    let apiEnabled: Bool?

    enum CodingKeys: String, CodingKey { case id, email, apiEnabled = "api_enabled" }

    init(_ user: User) {
        id = user.id
        email = user.email
        apiEnabled = user.apiEnabled
    }

    static let tableColumns = ["EMAIL", "API"]
    var tableCells: [String] { [email ?? id, apiEnabled.map(Toggle.word) ?? "?"] }
    static let csvColumns = ["id", "email", "api_enabled"]
    var csvCells: [String] { [id, email ?? "", apiEnabled.map(String.init) ?? ""] }
    var quietText: String { "\(id) \(Toggle.word(apiEnabled == true))" }
}

/// One setting and its value, for `ls settings`.
struct SettingRecord: Record {
    let name: String
    let value: String

    static let tableColumns = ["SETTING", "VALUE"]
    var tableCells: [String] { [name, value] }
    static let csvColumns = ["name", "value"]
    var csvCells: [String] { [name, value] }
    var quietText: String { "\(name) \(value)" }
}
