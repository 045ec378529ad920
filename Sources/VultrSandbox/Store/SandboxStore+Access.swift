import Foundation

/// A user's API keys and IP allowlist.
extension SandboxStore {
    func apiKeys(userID: String) throws(SandboxError) -> [APIKeyRecord] {
        try user(id: userID).apiKeys
    }

    func createAPIKey(userID: String, name: String?, expire: Bool?, dateExpire: String?) throws(SandboxError) -> APIKeyRecord {
        let index = try index(ofUser: userID)
        guard state.users[index].apiEnabled else {
            throw .badRequest("API access is disabled for this user; enable it before creating a key.")
        }
        let expires = expire ?? false
        var expiry = ""
        if expires {
            guard let text = dateExpire, !text.isEmpty else {
                throw .badRequest("date_expire is required when expire is true")
            }
            guard let date = Timestamp.parse(text) else {
                throw .badRequest("Invalid date_expire: \(text). Use ISO 8601, e.g. 2030-01-01T00:00:00Z")
            }
            guard date > Date() else { throw .badRequest("date_expire must be in the future: \(text)") }
            expiry = Timestamp.string(date)
        }
        let key = newKey(name: name ?? "", expire: expires, dateExpire: expiry)
        try mutateUnchecked { state in state.users[index].apiKeys.append(key) }
        return key
    }

    func deleteAPIKey(userID: String, keyID: String) throws(SandboxError) {
        let index = try index(ofUser: userID)
        guard let keyIndex = state.users[index].apiKeys.firstIndex(where: { $0.id == keyID }) else {
            throw .notFound("API key not found.")
        }
        try mutateUnchecked { state in _ = state.users[index].apiKeys.remove(at: keyIndex) }
    }

    func allowlist(userID: String) throws(SandboxError) -> [AllowlistRecord] {
        try user(id: userID).allowlist
    }

    /// Adds a subnet; adding one that is already there changes nothing, as on Vultr.
    func addAllowlistEntry(userID: String, subnet: String, size: Int) throws(SandboxError) {
        let index = try index(ofUser: userID)
        let entry = try Validation.subnet(subnet, size: size)
        if state.users[index].allowlist.contains(where: { $0.subnet == entry.subnet && $0.subnetSize == entry.size }) {
            return
        }
        let record = AllowlistRecord(subnet: entry.subnet, subnetSize: entry.size,
                                     dateAdded: Timestamp.string(Date()), ipType: entry.ipType)
        try mutateUnchecked { state in state.users[index].allowlist.append(record) }
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
