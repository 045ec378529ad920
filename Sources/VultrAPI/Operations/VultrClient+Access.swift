import Foundation
import VultrOpenAPI

/// A user's API keys and IP allowlist, and the account.
extension VultrClient {
    /// A user's API keys, masked.
    public func apiKeys(userID: String) async throws -> [APIKey] {
        try await perform("list API keys of user", userID: userID) {
            let output = try await client.listUserApiKeys(path: .init(userId: userID))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try ok.body.json.apiKeys.map(APIKey.init)
        }
    }

    /// Creates an API key for a user; the answer holds the full key, the only time it is shown.
    public func createAPIKey(userID: String, name: String, expiresOn: Date? = nil) async throws -> APIKey {
        try await perform("create API key for user", userID: userID) {
            let body = Components.Schemas.CreateApiKeyRequest(
                name: name, expire: expiresOn != nil,
                dateExpire: expiresOn.map { $0.formatted(.iso8601) })
            let output = try await client.createUserApiKey(path: .init(userId: userID), body: .json(body))
            switch output {
            case .created(let created): return APIKey(try created.body.json.apiKey)
            case .accepted(let accepted): return APIKey(try accepted.body.json.apiKey)
            default: throw Self.unexpected(output)
            }
        }
    }

    /// Revokes one of a user's API keys.
    public func deleteAPIKey(userID: String, keyID: String) async throws {
        try await perform("delete API key \(keyID) of user", userID: userID) {
            let output = try await client.deleteUserApiKey(path: .init(userId: userID, apikeyId: keyID))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    /// The subnets a user's keys may be used from.
    public func allowlist(userID: String) async throws -> [AllowlistEntry] {
        try await perform("list IP allowlist of user", userID: userID) {
            let output = try await client.listUserIpWhitelist(path: .init(userId: userID))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try ok.body.json.ipWhitelist.map(AllowlistEntry.init)
        }
    }

    /// Allows a subnet; allowing one that is already there changes nothing.
    public func addAllowlistEntry(userID: String, _ subnet: CIDRBlock) async throws {
        try await perform("allow \(subnet) for user", userID: userID) {
            let body = Components.Schemas.IpWhitelistRequest(subnet: subnet.address, subnetSize: subnet.prefixLength)
            let output = try await client.addUserIpWhitelist(path: .init(userId: userID), body: .json(body))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    /// Stops allowing a subnet.
    public func removeAllowlistEntry(userID: String, _ subnet: CIDRBlock) async throws {
        try await perform("remove \(subnet) from the allowlist of user", userID: userID) {
            let body = Components.Schemas.IpWhitelistRequest(subnet: subnet.address, subnetSize: subnet.prefixLength)
            let output = try await client.removeUserIpWhitelist(path: .init(userId: userID), body: .json(body))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    /// The account the key belongs to.
    public func account() async throws -> Account {
        try await perform("get account") {
            let output = try await client.getAccount()
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return Account(try ok.body.json.account)
        }
    }
}
