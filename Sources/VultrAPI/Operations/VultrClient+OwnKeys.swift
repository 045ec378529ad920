import Foundation
import VultrOpenAPI

/// The calling user's own API keys, one key of a user, and one allowlist entry.
extension VultrClient {
    /// The caller's own keys, masked.
    public func ownAPIKeys() async throws -> [APIKey] {
        try await perform("list own API keys") {
            let output = try await client.listApiKeys()
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try ok.body.json.apiKeys.map(APIKey.init)
        }
    }

    /// Makes a key for the caller; the answer holds it in full, the only time it is shown.
    public func createOwnAPIKey(name: String, expiresOn: Date? = nil) async throws -> APIKey {
        try await perform("create own API key") {
            let body = Components.Schemas.CreateApiKeyRequest(name: name, expire: expiresOn != nil,
                                                              dateExpire: expiresOn.map { $0.formatted(.iso8601) })
            let output = try await client.createApiKey(body: .json(body))
            guard case .accepted(let accepted) = output else { throw Self.unexpected(output) }
            return APIKey(try accepted.body.json.apiKey)
        }
    }

    public func ownAPIKey(id: String) async throws -> APIKey {
        try await perform("get own API key \(id)") {
            let output = try await client.getApiKey(path: .init(apikeyId: id))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return APIKey(try ok.body.json.apiKey)
        }
    }

    public func deleteOwnAPIKey(id: String) async throws {
        try await perform("delete own API key \(id)") {
            let output = try await client.deleteApiKey(path: .init(apikeyId: id))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    /// One of a user's keys, masked.
    public func apiKey(userID: String, keyID: String) async throws -> APIKey {
        try await perform("get API key \(keyID) of user", userID: userID) {
            let output = try await client.getUserApiKey(path: .init(userId: userID, apikeyId: keyID))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return APIKey(try ok.body.json.apiKey)
        }
    }

    /// One entry of a user's allowlist; 404 when the subnet is not on it.
    public func allowlistEntry(userID: String, _ subnet: CIDRBlock) async throws -> AllowlistEntry {
        try await perform("get allowlist entry \(subnet) of user", userID: userID) {
            let output = try await client.getUserIpWhitelistEntry(
                path: .init(userId: userID), query: .init(subnet: subnet.address, subnetSize: subnet.prefixLength))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return AllowlistEntry(try ok.body.json.ipWhitelistEntry)
        }
    }
}
