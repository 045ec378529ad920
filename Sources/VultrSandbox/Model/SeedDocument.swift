import Foundation
import VultrValues
import VultrDocuments

/// The users of an exported account (what `vus export users` writes, YAML or JSON), read so a
/// sandbox can start as a copy of it: rehearse a script or an apply on the copy first. It is read
/// by the one users-document reader `plan` and `apply` use, so it is checked whole the same way.
enum SeedDocument {
    /// Reads `url`; the error (a `UsersDocumentError`) lists each problem at its `file:line:col`.
    static func read(_ url: URL) throws -> UsersDocumentContent {
        try UsersDocumentReader.read(path: url.path, knownACLs: Set(Validation.aclNames))
    }
}

/// A seed file that cannot be used.
public struct SandboxSeedError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension SeedAccount {
    /// An account holding exactly the users of `document`, with ids fixed by their order.
    static func make(from entries: [UsersDocumentEntry]) throws -> SandboxState {
        var random = SplitMix64(seed: 0xF11E_5EED)
        var seen = Set<String>()
        var users: [UserEntity] = []
        for (index, entry) in entries.enumerated() {
            guard seen.insert(entry.email.lowercased()).inserted else {
                throw SandboxSeedError(message: "\(entry.email) is listed twice")
            }
            let invited = epoch.addingTimeInterval(Double(index) * 3_600)
            let allowlist = try (entry.allowlist ?? ["0.0.0.0/0", "::/0"]).map { text -> AllowlistEntity in
                guard let block = CIDRBlock(text) else {
                    throw SandboxSeedError(message: "\(entry.email): '\(text)' is not a subnet like 203.0.113.0/24")
                }
                return AllowlistEntity(subnet: block.address, subnetSize: block.prefixLength, dateAdded: VultrDate.string(invited),
                                       ipType: block.isIPv6 ? "v6" : "v4")
            }
            users.append(UserEntity(
                sequence: index + 1, id: random.uuid(), firstName: entry.firstName, lastName: entry.lastName,
                email: entry.email, apiEnabled: entry.apiEnabled ?? true, acls: entry.acls ?? [],
                serviceUser: entry.serviceUser ?? false, status: "active", invitedBy: ownerEmail,
                invitedOn: VultrDate.string(invited), inviteAccepted: true, lastActivity: "", apiKeys: [], allowlist: allowlist))
        }
        return SandboxState(account: account, users: users, nextSequence: users.count + 1)
    }
}
