import Foundation
import Yams

/// The users of an exported account (what `vus export users` writes, YAML or JSON), read so a
/// sandbox can start as a copy of it: rehearse a script or an apply on the copy first.
struct SeedDocument: Decodable {
    struct Entry: Decodable {
        var email: String
        var firstName: String
        var lastName: String
        var serviceUser: Bool?
        var apiEnabled: Bool?
        var acls: [String]?
        var allowlist: [String]?

        enum CodingKeys: String, CodingKey {
            case email, firstName = "first_name", lastName = "last_name", serviceUser = "service_user"
            case apiEnabled = "api_enabled", acls, allowlist
        }
    }

    var users: [Entry]

    /// Reads `url`; the error says what is wrong with the file.
    static func read(_ url: URL) throws -> SeedDocument {
        let text = try String(contentsOf: url, encoding: .utf8)
        do { return try YAMLDecoder().decode(SeedDocument.self, from: text) } catch {
            throw SandboxSeedError(message: "\(url.path) is not a users document written by 'vus export users': \(error)")
        }
    }
}

/// A seed file that cannot be used.
public struct SandboxSeedError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension SeedAccount {
    /// An account holding exactly the users of `document`, with ids fixed by their order.
    static func make(from document: SeedDocument) throws -> SandboxState {
        var random = SplitMix64(seed: 0xF11E_5EED)
        var seen = Set<String>()
        var users: [UserRecord] = []
        for (index, entry) in document.users.enumerated() {
            guard seen.insert(entry.email.lowercased()).inserted else {
                throw SandboxSeedError(message: "\(entry.email) is listed twice")
            }
            let invited = epoch.addingTimeInterval(Double(index) * 3_600)
            let allowlist = try (entry.allowlist ?? ["0.0.0.0/0", "::/0"]).map { text -> AllowlistRecord in
                let parts = text.split(separator: "/")
                guard parts.count == 2, let size = Int(parts[1]) else {
                    throw SandboxSeedError(message: "\(entry.email): '\(text)' is not a subnet like 203.0.113.0/24")
                }
                return AllowlistRecord(subnet: String(parts[0]), subnetSize: size, dateAdded: Timestamp.string(invited),
                                       ipType: parts[0].contains(":") ? "v6" : "v4")
            }
            users.append(UserRecord(
                sequence: index + 1, id: random.uuid(), firstName: entry.firstName, lastName: entry.lastName,
                email: entry.email, apiEnabled: entry.apiEnabled ?? true, acls: entry.acls ?? [],
                serviceUser: entry.serviceUser ?? false, status: "active", invitedBy: ownerEmail,
                invitedOn: Timestamp.string(invited), inviteAccepted: true, lastActivity: "", apiKeys: [], allowlist: allowlist))
        }
        return SandboxState(account: account, users: users, nextSequence: users.count + 1)
    }
}
