import VultrAccess
import VultrAPI
import VultrDocuments

/// The organization as a users document writes it: by name, in name order, each user's groups
/// and direct roles and policies, and the groups, roles and custom policies (Vultr's managed
/// policies are referred to by name and never written out). What `export users` writes and
/// what `plan` compares a document with.
struct OrganizationDocument {
    let snapshot: OrganizationSnapshot
    private let groupNames: [String: String]
    private let roleNames: [String: String]
    private let policyNames: [String: String]

    init(_ snapshot: OrganizationSnapshot) {
        self.snapshot = snapshot
        groupNames = Dictionary(snapshot.groups.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        roleNames = Dictionary(snapshot.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        policyNames = Dictionary(snapshot.policies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The names of the groups `userID` is in, in order.
    func groups(ofUser userID: String) -> [String] {
        snapshot.groups.filter { $0.members.contains { $0.id == userID } }.map(\.name).sortedByName
    }

    /// The roles given to `userID` directly.
    func roles(ofUser userID: String) -> [String] { names(snapshot.roleUsers, holding: userID, roleNames) }

    /// The policies given to `userID` directly.
    func policies(ofUser userID: String) -> [String] { names(snapshot.policyUsers, holding: userID, policyNames) }

    var groups: [GroupEntry] {
        snapshot.groups.map { group in
            GroupEntry(name: group.name, description: group.description,
                       roles: names(snapshot.roleGroups, holding: group.id, roleNames),
                       policies: names(snapshot.policyGroups, holding: group.id, policyNames))
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    var roles: [RoleEntry] {
        snapshot.roles.map { role in
            RoleEntry(name: role.name, type: role.type, description: role.description,
                      policies: role.policies.map { policyNames[$0.id] ?? $0.name }.sortedByName)
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    /// The custom policies with their documents.
    var policies: [PolicyEntry] {
        snapshot.policies.filter { !$0.isManaged }
            .map { PolicyEntry(name: $0.name, description: $0.description, document: $0.document) }
            .sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    /// `entry` with the user's groups, roles and policies as the organization has them.
    func entry(_ entry: UsersDocumentEntry, userID: String) -> UsersDocumentEntry {
        var entry = entry
        entry.groups = groups(ofUser: userID)
        entry.roles = roles(ofUser: userID)
        entry.policies = policies(ofUser: userID)
        return entry
    }

    private func names(_ holders: [String: [String]], holding id: String, _ names: [String: String]) -> [String] {
        holders.filter { $0.value.contains(id) }.compactMap { names[$0.key] }.sortedByName
    }
}

extension [String] {
    /// Names in the order documents write them: by name, ignoring case.
    var sortedByName: [String] { sorted { $0.lowercased() < $1.lowercased() } }
}
