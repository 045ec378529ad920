import VultrAccess
import VultrAPI
import VultrDocuments

/// How the organization differs from the sections and fields of a users document that manage
/// it: custom policies, roles and groups to create, change or (with prune) delete, and the
/// memberships and attachments to make or undo, all by name. What a document leaves out it
/// does not manage.
struct OrganizationDiff {
    /// An object to create, change or delete.
    enum ObjectStep {
        case createPolicy(PolicyEntry)
        case updatePolicy(Policy, description: String?, document: PolicyDocument?)
        case createRole(RoleEntry)
        case updateRole(Role, kind: Role.Kind?, description: String?)
        case createGroup(GroupEntry)
        case updateGroup(Group, description: String)
        case delete(OrganizationObject)
    }

    /// Who holds a set of names: a user (by email), a group or a role.
    enum Holder: Hashable {
        case user(String), group(String), role(String)

        var label: String {
            switch self {
            case .user(let email): email
            case .group(let name): "group \(name)"
            case .role(let name): "role \(name)"
            }
        }
    }

    /// One held set that differs: `alice@x groups: [a, b] → [b]`.
    struct Membership {
        var holder: Holder
        /// `groups`, `roles` or `policies`.
        var field: IAMNoun
        var from: [String]
        var to: [String]
    }

    var objects: [ObjectStep] = []
    var memberships: [Membership] = []

    /// The steps from `current` to `document`. Names the document uses must be in the account or
    /// the document (policies also Vultr's managed ones); one that is not is an error at its
    /// line, with the closest name.
    static func compute(_ document: UsersDocument, current: OrganizationDocument, path: String, prune: Bool) throws -> OrganizationDiff {
        var diff = OrganizationDiff()
        let snapshot = current.snapshot
        let known = KnownNames(document: document, snapshot: snapshot, prune: prune)
        try known.check(document, path: path)

        for entry in document.policies ?? [] {
            guard let policy = snapshot.policies.first(where: { $0.name.lowercased() == entry.name.lowercased() }) else {
                diff.objects.append(.createPolicy(entry)); continue
            }
            guard !policy.isManaged else {
                throw DocumentRefusal(description: "\(path):\(entry.line): policy \(policy.name) is managed by Vultr: "
                    + "refer to it by name in roles, groups and users, and leave it out of policies:\nvus: \(path) refused; nothing was sent")
            }
            let description = entry.description.flatMap { $0 == policy.description ? nil : $0 }
            let changed = entry.document == policy.document ? nil : entry.document
            if description != nil || changed != nil { diff.objects.append(.updatePolicy(policy, description: description, document: changed)) }
        }
        for entry in document.roles ?? [] {
            guard let role = snapshot.roles.first(where: { $0.name.lowercased() == entry.name.lowercased() }) else {
                diff.objects.append(.createRole(entry)); continue
            }
            let kind = entry.type.flatMap { $0 == role.type ? nil : Role.Kind(rawValue: $0) }
            let description = entry.description.flatMap { $0 == role.description ? nil : $0 }
            if kind != nil || description != nil { diff.objects.append(.updateRole(role, kind: kind, description: description)) }
        }
        for entry in document.groups ?? [] {
            guard let group = snapshot.groups.first(where: { $0.name.lowercased() == entry.name.lowercased() }) else {
                diff.objects.append(.createGroup(entry)); continue
            }
            if let description = entry.description, description != group.description {
                diff.objects.append(.updateGroup(group, description: description))
            }
        }

        let roles = Dictionary(current.roles.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let groups = Dictionary(current.groups.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for entry in document.roles ?? [] {
            diff.held(.role(entry.name), .policy, from: roles[entry.name.lowercased()]?.policies ?? [], to: entry.policies)
        }
        for entry in document.groups ?? [] {
            let group = groups[entry.name.lowercased()]
            diff.held(.group(entry.name), .role, from: group?.roles ?? [], to: entry.roles)
            diff.held(.group(entry.name), .policy, from: group?.policies ?? [], to: entry.policies)
        }
        let users = Dictionary(snapshot.users.compactMap { user in user.email.map { ($0.lowercased(), user.id) } },
                               uniquingKeysWith: { first, _ in first })
        for entry in document.usersInEmailOrder {
            let id = users[entry.email.lowercased()]
            diff.held(.user(entry.email), .group, from: id.map(current.groups(ofUser:)) ?? [], to: entry.groups)
            diff.held(.user(entry.email), .role, from: id.map(current.roles(ofUser:)) ?? [], to: entry.roles)
            diff.held(.user(entry.email), .policy, from: id.map(current.policies(ofUser:)) ?? [], to: entry.policies)
        }

        if prune {
            let listed = { (entries: [String]?) in Set((entries ?? []).map { $0.lowercased() }) }
            if document.policies != nil {
                let wanted = listed(document.policies?.map(\.name))
                for policy in snapshot.policies where !policy.isManaged && !wanted.contains(policy.name.lowercased()) {
                    diff.objects.append(.delete(OrganizationObject(policy)))
                }
            }
            if document.roles != nil {
                let wanted = listed(document.roles?.map(\.name))
                for role in snapshot.roles where !wanted.contains(role.name.lowercased()) { diff.objects.append(.delete(OrganizationObject(role))) }
            }
            if document.groups != nil {
                let wanted = listed(document.groups?.map(\.name))
                for group in snapshot.groups where !wanted.contains(group.name.lowercased()) { diff.objects.append(.delete(OrganizationObject(group))) }
            }
        }
        return diff
    }

    /// Notes a held set the document manages (`to` given) that differs from `from`.
    private mutating func held(_ holder: Holder, _ field: IAMNoun, from: [String], to: [String]?) {
        guard let to else { return }
        let (was, wanted) = (Set(from.map { $0.lowercased() }), Set(to.map { $0.lowercased() }))
        guard was != wanted else { return }
        memberships.append(Membership(holder: holder, field: field, from: from.sortedByName, to: to.sortedByName))
    }

    /// The steps as records for `plan`.
    var records: [PlanRecord] {
        var records: [PlanRecord] = objects.map { step in
            switch step {
            case .createPolicy(let entry):
                PlanRecord(object: "policy \(entry.name)", action: "create", field: "", from: "",
                           to: entry.document.statements.map(\.summary).joined(separator: "; "))
            case .updatePolicy(let policy, let description, let document):
                PlanRecord(object: "policy \(policy.name)", action: "change", field: document == nil ? "description" : "document",
                           from: document == nil ? policy.description : policy.document.statements.map(\.summary).joined(separator: "; "),
                           to: document.map { $0.statements.map(\.summary).joined(separator: "; ") } ?? description ?? "")
            case .createRole(let entry):
                PlanRecord(object: "role \(entry.name)", action: "create", field: "", from: "", to: entry.type ?? Role.Kind.assignable.rawValue)
            case .updateRole(let role, let kind, let description):
                PlanRecord(object: "role \(role.name)", action: "change", field: kind == nil ? "description" : "type",
                           from: kind == nil ? role.description : role.type, to: kind?.rawValue ?? description ?? "")
            case .createGroup(let entry):
                PlanRecord(object: "group \(entry.name)", action: "create", field: "", from: "", to: entry.description ?? "")
            case .updateGroup(let group, let description):
                PlanRecord(object: "group \(group.name)", action: "change", field: "description", from: group.description, to: description)
            case .delete(let object):
                PlanRecord(object: object.label, action: "delete", field: "", from: "", to: "")
            }
        }
        for change in memberships {
            let field = change.field.plural
            let from = change.from.joined(separator: ","), to = change.to.joined(separator: ",")
            if case .user(let email) = change.holder {
                records.append(PlanRecord(email: email, action: "change", field: field, from: from, to: to))
            } else {
                records.append(PlanRecord(object: change.holder.label, action: "change", field: field, from: from, to: to))
            }
        }
        return records
    }
}

/// The names a document may use: what the account has, and what the document defines. With
/// prune, a kind the document lists is only what it lists (and Vultr's managed policies): prune
/// deletes the account's others, so the document cannot go on using them.
private struct KnownNames {
    let groups: [String]
    let roles: [String]
    let policies: [String]
    /// Names in the account that prune would delete, by kind (lowercased).
    let pruned: [IAMNoun: Set<String>]

    init(document: UsersDocument, snapshot: OrganizationSnapshot, prune: Bool) {
        let listed = (groups: (document.groups ?? []).map(\.name), roles: (document.roles ?? []).map(\.name),
                      policies: (document.policies ?? []).map(\.name))
        let managed = snapshot.policies.filter(\.isManaged).map(\.name)
        let keepsGroups = !prune || document.groups == nil, keepsRoles = !prune || document.roles == nil
        let keepsPolicies = !prune || document.policies == nil
        groups = (keepsGroups ? snapshot.groups.map(\.name) : []) + listed.groups
        roles = (keepsRoles ? snapshot.roles.map(\.name) : []) + listed.roles
        policies = (keepsPolicies ? snapshot.policies.map(\.name) : managed) + listed.policies
        func lowered(_ names: [String]) -> Set<String> { Set(names.map { $0.lowercased() }) }
        pruned = [
            .group: keepsGroups ? [] : lowered(snapshot.groups.map(\.name)).subtracting(lowered(groups)),
            .role: keepsRoles ? [] : lowered(snapshot.roles.map(\.name)).subtracting(lowered(roles)),
            .policy: keepsPolicies ? [] : lowered(snapshot.policies.map(\.name)).subtracting(lowered(policies)),
        ]
    }

    /// Every name used, checked; the first unknown one is an error at its line.
    func check(_ document: UsersDocument, path: String) throws {
        var problems: [String] = []
        let lowered: [IAMNoun: Set<String>] = [.group: Set(groups.map { $0.lowercased() }), .role: Set(roles.map { $0.lowercased() }),
                                                .policy: Set(policies.map { $0.lowercased() })]
        func check(_ names: [String]?, _ noun: IAMNoun, line: Int, where place: String) {
            let known = switch noun {
            case .group: groups
            case .role: roles
            case .policy: policies
            }
            for name in names ?? [] where lowered[noun]?.contains(name.lowercased()) != true {
                if pruned[noun]?.contains(name.lowercased()) == true {
                    let section = noun.plural
                    problems.append("\(path):\(line): \(place): \(noun.rawValue) '\(name)' is used here but not in \(section):, "
                        + "so prune would delete it; list it in \(section): or leave it out here")
                    continue
                }
                let hint = Suggest.didYouMean(name, among: known) ?? ""
                problems.append("\(path):\(line): \(place): no \(noun.rawValue) named '\(name)' in the account or the document\(hint)")
            }
        }
        for user in document.users {
            check(user.groups, .group, line: user.line, where: user.email)
            check(user.roles, .role, line: user.line, where: user.email)
            check(user.policies, .policy, line: user.line, where: user.email)
        }
        for group in document.groups ?? [] {
            check(group.roles, .role, line: group.line, where: "group \(group.name)")
            check(group.policies, .policy, line: group.line, where: "group \(group.name)")
        }
        for role in document.roles ?? [] { check(role.policies, .policy, line: role.line, where: "role \(role.name)") }
        guard problems.isEmpty else {
            throw DocumentRefusal(description: problems.joined(separator: "\n") + "\nvus: \(path) refused; nothing was sent")
        }
    }
}
