import Foundation
import VultrAccess

extension OrganizationSnapshot {
    /// The id the access graph gives the account owner, who is not one of ``users``.
    public static let ownerID = "account-owner"

    /// The organization as VultrAccess evaluates it at `moment`: the owner (who may do anything),
    /// every member with their API flag, suspension, ACLs, activity and (when given) keys, the
    /// groups with their members, the roles and policies with every attachment, and the trusts
    /// that have not ended by then.
    public func accessGraph(keys: [String: [APIKey]] = [:], at moment: Date) -> AccessGraph {
        // The owner's key is the one that read the organization: API on, active then.
        let owner = IAMUser(id: Self.ownerID, email: ownerEmail, apiEnabled: true, isOwner: true, lastActivity: readAt)
        let members = users.map { user in
            IAMUser(id: user.id, email: user.label, apiEnabled: user.apiEnabled ?? false,
                    isSuspended: user.status == .suspended, acls: user.acls.map(\.rawValue),
                    lastActivity: user.lastActivityDate, isServiceUser: user.serviceUser ?? false,
                    apiKeys: (keys[user.id] ?? []).map { UserAPIKey(name: $0.name ?? $0.id, dateExpire: VultrDate.parse($0.expiresOn)) })
        }
        let groups = groups.map { IAMGroup(id: $0.id, name: $0.name, description: $0.description, memberIDs: $0.members.map(\.id)) }
        let roles = roles.map { role in
            IAMRole(id: role.id, name: role.name, description: role.description,
                    kind: role.kind == .assumable ? .assumable : .assignable,
                    userIDs: roleUsers[role.id] ?? [], groupIDs: roleGroups[role.id] ?? [])
        }
        var rolesOfPolicy: [String: [String]] = [:]
        for role in self.roles { for policy in role.policies { rolesOfPolicy[policy.id, default: []].append(role.id) } }
        let policies = policies.map { policy in
            IAMPolicy(id: policy.id, name: policy.name, description: policy.description, isSystemPolicy: policy.isManaged,
                      document: policy.document, userIDs: policyUsers[policy.id] ?? [],
                      groupIDs: policyGroups[policy.id] ?? [], roleIDs: rolesOfPolicy[policy.id] ?? [])
        }
        let trusts = trusts.map { trust in
            IAMTrust(id: trust.id, roleID: trust.roleID, userID: trust.userID, groupID: trust.groupID,
                     validUntil: VultrDate.parse(trust.validUntil), hours: trust.hours, fromAddresses: trust.fromAddresses)
        }
        return AccessGraph(users: [owner] + members, groups: groups, roles: roles, policies: policies, trusts: trusts, at: moment)
    }
}
