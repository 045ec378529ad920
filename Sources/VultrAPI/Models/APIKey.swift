import VultrOpenAPI

/// One of a user's API keys. ``key`` is masked (`*****…AB12C`) except in the answer that
/// created it.
public struct APIKey: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var key: String?
    public var name: String?
    public var expires: Bool?
    public var expiresOn: String?
    public var createdOn: String?

    public init(id: String, key: String? = nil, name: String? = nil, expires: Bool? = nil,
                expiresOn: String? = nil, createdOn: String? = nil) {
        self.id = id
        self.key = key
        self.name = name
        self.expires = expires
        self.expiresOn = expiresOn
        self.createdOn = createdOn
    }

    enum CodingKeys: String, CodingKey {
        case id, name
        case key = "api_key", expires = "expire", expiresOn = "date_expire", createdOn = "date_created"
    }

    init(_ wire: Components.Schemas.ApiKey) {
        self.init(id: wire.id, key: wire.apiKey, name: wire.name, expires: wire.expire,
                  expiresOn: wire.dateExpire, createdOn: wire.dateCreated)
    }
}
