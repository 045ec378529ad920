import VultrAccess
import VultrAPI
import VultrDocuments

/// The organization as a users document writes it: by name, in name order, each user's groups
/// and direct roles and policies, and the groups, roles and custom policies (Vultr's managed
/// policies are referred to by name and never written out). What `export users` writes and
/// what `plan` compares a document with.
struct OrganizationDocument {
    let snapshot: OrganizationSnapshot
    private let policyNames: [String: String]
    /// Names held, by the holder's id, each list in name order: built once, so that writing
    /// 10,000 users costs a lookup each rather than a pass over every group, role and policy.
    private let groupsOfUser: [String: [String]]
    private let rolesOfHolder: [String: [String]]
    private let policiesOfHolder: [String: [String]]

    init(_ snapshot: OrganizationSnapshot) {
        self.snapshot = snapshot
        let roleNames = Dictionary(snapshot.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        policyNames = Dictionary(snapshot.policies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func inverted(_ holders: [String: [String]], _ names: [String: String]) -> [String: [String]] {
            var held: [String: [String]] = [:]
            for (id, holderIDs) in holders {
                guard let name = names[id] else { continue }
                for holder in holderIDs { held[holder, default: []].append(name) }
            }
            return held.mapValues(\.sortedByName)
        }
        var groups: [String: [String]] = [:]
        for group in snapshot.groups {
            for member in group.members { groups[member.id, default: []].append(group.name) }
        }
        groupsOfUser = groups.mapValues(\.sortedByName)
        // User and group ids do not collide (both are UUIDs), so one index serves both.
        rolesOfHolder = inverted(snapshot.roleUsers.merging(snapshot.roleGroups) { $0 + $1 }, roleNames)
        policiesOfHolder = inverted(snapshot.policyUsers.merging(snapshot.policyGroups) { $0 + $1 }, policyNames)
    }

    /// The names of the groups `userID` is in, in order.
    func groups(ofUser userID: String) -> [String] { groupsOfUser[userID] ?? [] }

    /// The roles given to `userID` directly.
    func roles(ofUser userID: String) -> [String] { rolesOfHolder[userID] ?? [] }

    /// The policies given to `userID` directly.
    func policies(ofUser userID: String) -> [String] { policiesOfHolder[userID] ?? [] }

    var groups: [GroupEntry] {
        snapshot.groups.map { group in
            GroupEntry(name: group.name, description: group.description,
                       roles: rolesOfHolder[group.id] ?? [], policies: policiesOfHolder[group.id] ?? [])
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
}

extension [String] {
    /// Names in the order documents write them: by name, ignoring case.
    var sortedByName: [String] { sorted { $0.lowercased() < $1.lowercased() } }
}
