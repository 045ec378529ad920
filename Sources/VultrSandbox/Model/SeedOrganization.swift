import Foundation
import VultrValues
import VultrAccess

/// Builds the organization a new sandbox starts with, from its seeded users: the same groups,
/// roles, policies, trusts and invitations on every run for a given size.
///
/// At its base (any size): managed policies, including an `acl_x` policy for each legacy ACL
/// (granting `user.acl.X`, as Vultr's migration maps it); custom policies with Allow and Deny
/// statements, wildcards and resource ids; the roles administrator, developer, billing-manager,
/// auditor and the assumable break-glass (with a trust); the groups admins, developers,
/// billing and contractors drawn from the users' ACLs and emails. A larger shape adds
/// generated groups, roles and policies, attached at random, for benchmarks.
enum SeedOrganization {
    /// The shape in proportion to the users: 1,000 users have 50 groups, 100 roles and 300
    /// policies; never fewer than the base organization has.
    static func proportional(users: Int) -> OrganizationShape {
        OrganizationShape(groups: max(baseGroups.count, users / 20), roles: max(baseRoles.count, users / 10),
                          policies: max(managedPolicies.count + customPolicies.count, users * 3 / 10))
    }

    static let organizationID = "7d1c53a1-3c3e-4c8e-9d7e-0a6f1e2b9c01"

    /// The organization of `account` with nothing in it yet but Vultr's managed policies.
    static func empty(account: AccountEntity, random: inout SplitMix64) -> OrganizationState {
        let created = VultrDate.string(SeedAccount.epoch)
        var state = OrganizationState(
            organization: OrganizationEntity(id: organizationID, name: account.name, type: "Team", dateCreated: created),
            invitations: [], groups: [], roles: [], policies: [], trusts: [], nextSequence: 1)
        for (name, description, statements) in managedPolicies {
            state.policies.append(PolicyEntity(
                sequence: state.takeSequence(), id: random.uuid(), name: name, description: description,
                version: IAMValidation.defaultPolicyVersion, statements: statements, isSystem: true, dateCreated: created,
                deleted: false, users: [], groups: []))
        }
        return state
    }

    static func make(users: [UserEntity], account: AccountEntity, shape: OrganizationShape) -> OrganizationState {
        var random = SplitMix64(seed: 0x0126_1A5E)
        let created = VultrDate.string(SeedAccount.epoch)
        var state = empty(account: account, random: &random)
        func link(_ id: String) -> LinkEntity { LinkEntity(sequence: state.takeSequence(), id: id, dateAssigned: created) }

        // Policies: managed, then the custom base ones, then generated ones.
        for (name, description, statements) in customPolicies {
            state.policies.append(PolicyEntity(
                sequence: state.takeSequence(), id: random.uuid(), name: name, description: description,
                version: IAMValidation.defaultPolicyVersion, statements: statements, isSystem: false, dateCreated: created,
                deleted: false, users: [], groups: []))
        }
        while state.policies.count < shape.policies {
            state.policies.append(PolicyEntity(
                sequence: state.takeSequence(), id: random.uuid(), name: "policy-\(state.policies.count + 1)",
                description: "Generated", version: IAMValidation.defaultPolicyVersion,
                statements: generatedStatements(&random), isSystem: false, dateCreated: created, deleted: false,
                users: [], groups: []))
        }
        let policyID = Dictionary(uniqueKeysWithValues: state.policies.map { ($0.name, $0.id) })

        // Roles.
        for (name, type, description, policies) in baseRoles {
            state.roles.append(RoleEntity(
                sequence: state.takeSequence(), id: random.uuid(), name: name, description: description, type: type,
                maxSessionDuration: 3600, dateCreated: created, deleted: false,
                policies: policies.map { link(policyID[$0]!) }, users: [], groups: []))
        }
        let customPolicyIDs = state.policies.filter { !$0.isSystem && $0.name != "unused-legacy" }.map(\.id)
        while state.roles.count < shape.roles {
            let policies = (0..<(1 + Int(random.next() % 4))).map { _ in customPolicyIDs[Int(random.next() % UInt64(customPolicyIDs.count))] }
            state.roles.append(RoleEntity(
                sequence: state.takeSequence(), id: random.uuid(), name: "role-\(state.roles.count + 1)",
                description: "Generated", type: "assignable", maxSessionDuration: 3600, dateCreated: created,
                deleted: false, policies: Array(Set(policies)).sorted().map(link), users: [], groups: []))
        }
        func roleIndex(_ name: String) -> Int { state.roles.firstIndex { $0.name == name }! }
        func policyIndex(_ name: String) -> Int { state.policies.firstIndex { $0.name == name }! }

        // Groups from the users, with their roles and policies.
        let members: [(group: String, users: [UserEntity])] = [
            ("admins", users.filter { $0.acls.contains("manage_users") && !$0.serviceUser }),
            ("developers", users.filter { $0.acls.contains("provisioning") && !$0.email.hasSuffix("@contractor.com") }),
            ("billing", users.filter { $0.acls.contains("billing") && !$0.acls.contains("manage_users") }),
            ("contractors", users.filter { $0.email.hasSuffix("@contractor.com") }),
        ]
        for (name, description) in baseGroups {
            let users = members.first { $0.group == name }!.users.filter { $0.status != "pending" }
            state.groups.append(GroupEntity(sequence: state.takeSequence(), id: random.uuid(), name: name,
                                            description: description, dateCreated: created, dateUpdated: created,
                                            members: users.map { link($0.id) }))
        }
        func groupID(_ name: String) -> String { state.groups.first { $0.name == name }!.id }
        state.roles[roleIndex("administrator")].groups.append(link(groupID("admins")))
        state.roles[roleIndex("developer")].groups.append(link(groupID("developers")))
        state.roles[roleIndex("developer")].groups.append(link(groupID("contractors")))
        state.roles[roleIndex("billing-manager")].groups.append(link(groupID("billing")))
        state.policies[policyIndex("contractor-boundary")].groups.append(link(groupID("contractors")))
        state.policies[policyIndex("dns-editor")].groups.append(link(groupID("admins")))

        // A few direct grants: the first active non-admin gets the auditor role; the first
        // contractor the production database; the service user the DNS editor.
        let active = users.filter { $0.status == "active" && !$0.serviceUser }
        if let auditor = active.first(where: { !$0.acls.contains("manage_users") }) {
            state.roles[roleIndex("auditor")].users.append(link(auditor.id))
        }
        if let contractor = members[3].users.first(where: { $0.status != "pending" }) {
            state.policies[policyIndex("prod-database")].users.append(link(contractor.id))
        }
        if let bot = users.first(where: \.serviceUser) {
            state.policies[policyIndex("dns-editor")].users.append(link(bot.id))
        }
        // The break-glass role, assumable by the first admin during working hours from the office.
        if let admin = members[0].users.first(where: { $0.status == "active" }) ?? members[0].users.first {
            state.trusts.append(RoleTrustEntity(
                sequence: state.takeSequence(), id: random.uuid(), roleID: state.roles[roleIndex("break-glass")].id,
                type: "TemporaryAssumption", userID: admin.id, groupID: nil, hours: HourWindow(start: 9, end: 17),
                ipRanges: ["203.0.113.0/24"], validUntil: "2027-06-30T00:00:00+00:00", dateCreated: created, deleted: false))
        }

        // Generated groups, each with some members, a role or two and sometimes a policy.
        let assignableRoles = state.roles.indices.filter { state.roles[$0].type == "assignable" }
        let joinable = users.filter { $0.status != "pending" }
        while state.groups.count < shape.groups, !joinable.isEmpty {
            let size = min(joinable.count, 5 + Int(random.next() % 26))
            let chosen = Set((0..<size).map { _ in joinable[Int(random.next() % UInt64(joinable.count))].id })
            let group = GroupEntity(sequence: state.takeSequence(), id: random.uuid(), name: "team-\(state.groups.count + 1)",
                                    description: "Generated", dateCreated: created, dateUpdated: created,
                                    members: chosen.sorted().map(link))
            state.groups.append(group)
            for _ in 0..<(1 + Int(random.next() % 2)) {
                let role = assignableRoles[Int(random.next() % UInt64(assignableRoles.count))]
                if !state.roles[role].groups.contains(id: group.id) { state.roles[role].groups.append(link(group.id)) }
            }
            if random.next() % 3 == 0 {
                let policy = customPolicyIDs[Int(random.next() % UInt64(customPolicyIDs.count))]
                let index = state.policies.firstIndex { $0.id == policy }!
                state.policies[index].groups.append(link(group.id))
            }
        }
        // In a generated shape, some users get a role or a policy directly.
        if state.roles.count > baseRoles.count {
            for user in joinable where random.next() % 10 == 0 {
                let policy = customPolicyIDs[Int(random.next() % UInt64(customPolicyIDs.count))]
                let index = state.policies.firstIndex { $0.id == policy }!
                if !state.policies[index].users.contains(id: user.id) { state.policies[index].users.append(link(user.id)) }
            }
        }

        // Invitations: pending for users who have not accepted; accepted for a few who have.
        for user in users where !user.serviceUser && (user.status == "pending" || user.sequence % 5 == 1) {
            let sent = VultrDate.parse(user.invitedOn) ?? SeedAccount.epoch
            let accepted = user.status != "pending"
            state.invitations.append(InvitationEntity(
                sequence: state.takeSequence(), id: random.uuid(), email: user.email, apiEnabled: user.apiEnabled,
                inviterName: account.name, inviterEmail: account.email, status: accepted ? "Accepted" : "Pending",
                dateCreated: user.invitedOn,
                dateResponded: accepted ? VultrDate.string(sent.addingTimeInterval(7_200)) : "",
                expirationDate: VultrDate.string(sent.addingTimeInterval(InvitationEntity.lifetime))))
        }
        return state
    }

    static let baseGroups: [(name: String, description: String)] = [
        ("admins", "Account administrators"),
        ("developers", "Engineers who run the infrastructure"),
        ("billing", "Finance"),
        ("contractors", "External contractors"),
    ]

    static let baseRoles: [(name: String, type: String, description: String, policies: [String])] = [
        ("administrator", "assignable", "Everything", ["FullAccess"]),
        ("developer", "assignable", "Compute and DNS, but no deleting instances", ["compute-admin", "dns-editor", "no-instance-delete"]),
        ("billing-manager", "assignable", "Billing", ["BillingFullAccess", "billing-reader"]),
        ("auditor", "assignable", "Read everything", ["ReadOnlyAccess"]),
        ("break-glass", "assumable", "Emergency IAM administration", ["IAMFullAccess", "UserManagement"]),
    ]

    typealias PolicySeed = (name: String, description: String, statements: [StatementEntity])

    static func allow(_ actions: String..., resources: [String] = ["*"]) -> StatementEntity {
        StatementEntity(effect: "Allow", actions: actions, resources: resources)
    }

    static func deny(_ actions: String...) -> StatementEntity {
        StatementEntity(effect: "Deny", actions: actions, resources: ["*"])
    }

    /// Vultr's managed policies as the sandbox has them, with one `acl_x` per legacy ACL.
    static let managedPolicies: [PolicySeed] = [
        ("FullAccess", "Every action on every resource", [allow("*")]),
        ("ReadOnlyAccess", "List and read everything", [allow("*.*.List", "*.*.Read")]),
        ("BillingFullAccess", "Billing", [allow("account.billing.*")]),
        ("ComputeFullAccess", "Instances, bare metal, backups, snapshots, ISOs", [allow("compute.*")]),
        ("NetworkFullAccess", "DNS, firewalls, load balancers, reserved IPs", [allow("network.*")]),
        ("IAMFullAccess", "Groups, roles, policies and trusts", [allow("iam.*")]),
        ("UserManagement", "Users, their API keys and allowlists", [allow("account.user.*")]),
    ] + Validation.aclNames.compactMap { acl in
        LegacyACL.actionByName[acl].map { ("acl_\(acl)", "Legacy ACL \(acl)", [allow($0)]) }
    }

    static let customPolicies: [PolicySeed] = [
        ("compute-admin", "Run compute", [allow("compute.*")]),
        ("dns-editor", "Edit DNS", [allow("network.dns.*")]),
        ("no-instance-delete", "Nobody deletes instances through this", [deny("compute.instance.Delete")]),
        ("contractor-boundary", "What contractors may never do",
         [deny("iam.*", "account.*"), allow("compute.instance.List", "compute.instance.Read")]),
        ("billing-reader", "Read billing", [allow("account.billing.Read")]),
        ("prod-database", "The production databases only",
         [allow("database.instance.*", resources: ["cb676a46-66fd-4dfb-b839-443f2e6c0b60", "d9c1a1f0-5b38-4a1c-9a7e-2f0d8c3b6e11"])]),
        ("unused-legacy", "Attached to nothing", [allow("storage.object.*")]),
    ]

    private static let generatedActions = [
        "compute.instance.*", "compute.instance.Read", "compute.instance.Delete", "compute.snapshot.*",
        "network.dns.*", "network.firewall.Update", "storage.object.*", "storage.block.Read",
        "database.instance.Read", "kubernetes.cluster.*", "iam.group.Read", "account.billing.Read",
        "support.ticket.*", "container.registry.List",
    ]

    private static func generatedStatements(_ random: inout SplitMix64) -> [StatementEntity] {
        (0..<(1 + Int(random.next() % 3))).map { _ in
            let count = 1 + Int(random.next() % 3)
            let actions = (0..<count).map { _ in generatedActions[Int(random.next() % UInt64(generatedActions.count))] }
            let deny = random.next() % 5 == 0
            let scoped = !deny && random.next() % 6 == 0
            return StatementEntity(effect: deny ? "Deny" : "Allow", actions: Array(Set(actions)).sorted(),
                                   resources: scoped ? [random.uuid()] : ["*"])
        }
    }
}
