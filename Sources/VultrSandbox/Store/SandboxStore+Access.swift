import Foundation
import VultrValues

/// A user's API keys and IP allowlist.
extension SandboxStore {
    func apiKeys(userID: String) throws(SandboxError) -> [APIKeyEntity] {
        try user(id: userID).apiKeys
    }

    func createAPIKey(userID: String, name: String?, expire: Bool?, dateExpire: String?) throws(SandboxError) -> APIKeyEntity {
        let index = try index(ofUser: userID)
        guard state.users[index].apiEnabled else {
            throw .badRequest("API access is disabled for this user; enable it before creating a key.")
        }
        let key = newKey(name: name ?? "", expire: expire ?? false,
                         dateExpire: try Self.expiry(expire: expire, dateExpire: dateExpire))
        try mutateUnchecked { state in state.users[index].apiKeys.append(key) }
        return key
    }

    /// A new key's `date_expire` as Vultr stores it: empty unless `expire`, then a future date.
    static func expiry(expire: Bool?, dateExpire: String?) throws(SandboxError) -> String {
        guard expire == true else { return "" }
        guard let text = dateExpire, !text.isEmpty else {
            throw .badRequest("date_expire is required when expire is true")
        }
        guard let date = VultrDate.parse(text) else {
            throw .badRequest("Invalid date_expire: \(text). Use ISO 8601, e.g. 2030-01-01T00:00:00Z")
        }
        guard date > Date() else { throw .badRequest("date_expire must be in the future: \(text)") }
        return VultrDate.string(date)
    }

    func apiKey(userID: String, keyID: String) throws(SandboxError) -> APIKeyEntity {
        guard let key = try user(id: userID).apiKeys.first(where: { $0.id == keyID }) else {
            throw .notFound("API key not found.")
        }
        return key
    }

    /// One allowlist entry, named the way a client sends it (host bits may be set).
    func allowlistEntry(userID: String, subnet: String, size: Int) throws(SandboxError) -> AllowlistEntity {
        let user = try user(id: userID)
        let entry = try Validation.subnet(subnet, size: size)
        guard let stored = user.allowlist.first(where: { $0.subnet == entry.subnet && $0.subnetSize == entry.size }) else {
            throw .notFound("IP whitelist entry not found: \(subnet)/\(size)")
        }
        return stored
    }

    func deleteAPIKey(userID: String, keyID: String) throws(SandboxError) {
        let index = try index(ofUser: userID)
        guard let keyIndex = state.users[index].apiKeys.firstIndex(where: { $0.id == keyID }) else {
            throw .notFound("API key not found.")
        }
        try mutateUnchecked { state in _ = state.users[index].apiKeys.remove(at: keyIndex) }
    }

    func allowlist(userID: String) throws(SandboxError) -> [AllowlistEntity] {
        try user(id: userID).allowlist
    }

    /// Adds a subnet; adding one that is already there changes nothing, as on Vultr.
    func addAllowlistEntry(userID: String, subnet: String, size: Int) throws(SandboxError) {
        let index = try index(ofUser: userID)
        let entry = try Validation.subnet(subnet, size: size)
        if state.users[index].allowlist.contains(where: { $0.subnet == entry.subnet && $0.subnetSize == entry.size }) {
            return
        }
        let stored = AllowlistEntity(subnet: entry.subnet, subnetSize: entry.size,
                                     dateAdded: VultrDate.string(Date()), ipType: entry.ipType)
        try mutateUnchecked { state in state.users[index].allowlist.append(stored) }
    }

    func removeAllowlistEntry(userID: String, subnet: String, size: Int) throws(SandboxError) {
        let index = try index(ofUser: userID)
        let entry = try Validation.subnet(subnet, size: size)
        guard let entryIndex = state.users[index].allowlist.firstIndex(where: {
            $0.subnet == entry.subnet && $0.subnetSize == entry.size
        }) else {
            throw .notFound("IP whitelist entry not found: \(subnet)/\(size)")
        }
        try mutateUnchecked { state in _ = state.users[index].allowlist.remove(at: entryIndex) }
    }
}
