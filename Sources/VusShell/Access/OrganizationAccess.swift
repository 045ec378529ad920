import Foundation
import VultrAccess
import VultrAPI

/// The organization as read, and the access graph built from it: what `can`, `who can`,
/// `ls access` and `review` answer from.
struct OrganizationAccess: Sendable {
    /// The id the graph gives the account owner, who is not one of the organization's users.
    static let ownerID = "account-owner"

    let snapshot: OrganizationSnapshot
    let graph: AccessGraph

    init(_ snapshot: OrganizationSnapshot, keys: [String: [APIKey]] = [:]) {
        self.snapshot = snapshot
        // The owner's key is the one that just read the organization: API on, active now.
        let owner = IAMUser(id: Self.ownerID, email: snapshot.ownerEmail, apiEnabled: true, isOwner: true,
                            lastActivity: snapshot.readAt)
        let users = snapshot.users.map { user in
            IAMUser(id: user.id, email: user.email ?? user.id, apiEnabled: user.apiEnabled ?? false,
                    isSuspended: user.status == .suspended, acls: user.acls.map(\.rawValue),
                    lastActivity: user.lastActivityDate, isServiceUser: user.serviceUser ?? false,
                    apiKeys: (keys[user.id] ?? []).map { UserAPIKey(name: $0.name ?? $0.id, dateExpire: VultrDate.parse($0.expiresOn)) })
        }
        let groups = snapshot.groups.map { IAMGroup(id: $0.id, name: $0.name, description: $0.description, memberIDs: $0.members.map(\.id)) }
        let roles = snapshot.roles.map { role in
            IAMRole(id: role.id, name: role.name, description: role.description,
                    kind: role.kind == .assumable ? .assumable : .assignable,
                    userIDs: snapshot.roleUsers[role.id] ?? [], groupIDs: snapshot.roleGroups[role.id] ?? [])
        }
        var rolesOfPolicy: [String: [String]] = [:]
        for role in snapshot.roles { for policy in role.policies { rolesOfPolicy[policy.id, default: []].append(role.id) } }
        let policies = snapshot.policies.map { policy in
            IAMPolicy(id: policy.id, name: policy.name, description: policy.description, isSystemPolicy: policy.isManaged,
                      document: policy.document, userIDs: snapshot.policyUsers[policy.id] ?? [],
                      groupIDs: snapshot.policyGroups[policy.id] ?? [], roleIDs: rolesOfPolicy[policy.id] ?? [])
        }
        graph = AccessGraph(users: [owner] + users, groups: groups, roles: roles, policies: policies)
    }

    /// The graph's user for a shell user.
    func user(_ user: User) throws -> IAMUser {
        guard let found = graph.user(id: user.id) else {
            throw ShellError("\(user.email ?? user.id) is not a member of the organization as last read; read it again with 'fresh'")
        }
        return found
    }

    /// "read 3 min ago", for notes about a cached graph.
    func age(now: Date = Date()) -> String {
        let seconds = Int(now.timeIntervalSince(snapshot.readAt))
        switch seconds {
        case ..<60: return "read \(max(0, seconds)) s ago"
        case ..<3600: return "read \(seconds / 60) min ago"
        case ..<86_400: return "read \(seconds / 3600) h ago"
        default: return "read \(seconds / 86_400) days ago"
        }
    }
}
