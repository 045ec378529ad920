import VultrAccess
import VultrAPI
import VultrDocuments

/// The changes `apply` sends for the organization, in the order they can be made: objects
/// first (created or changed), then memberships and attachments read afresh once every user and
/// object exists, then (with prune) deletes.
enum OrganizationApply {
    /// Creating and changing custom policies, roles and groups.
    static func objectPlans(_ diff: OrganizationDiff, client: VultrClient) -> [PlannedChange] {
        diff.objects.compactMap { step in
            switch step {
            case .createPolicy(let entry):
                return create(.policy, entry.name, client: client) {
                    OrganizationObject(try await client.createPolicy(name: entry.name, document: entry.document, description: entry.description ?? ""))
                }
            case .createRole(let entry):
                return create(.role, entry.name, client: client) {
                    OrganizationObject(try await client.createRole(name: entry.name, kind: entry.type.flatMap(Role.Kind.init) ?? .assignable,
                                                                   description: entry.description ?? ""))
                }
            case .createGroup(let entry):
                return create(.group, entry.name, client: client) {
                    OrganizationObject(try await client.createGroup(name: entry.name, description: entry.description ?? ""))
                }
            case .updatePolicy(let policy, let description, let document):
                return change(OrganizationObject(policy), document == nil ? "description" : "document") {
                    _ = try await client.updatePolicy(id: policy.id, description: description, document: document)
                }
            case .updateRole(let role, let kind, let description):
                return change(OrganizationObject(role), kind == nil ? "description" : "type") {
                    _ = try await client.updateRole(id: role.id, kind: kind, description: description)
                }
            case .updateGroup(let group, let description):
                return change(OrganizationObject(group), "description") {
                    _ = try await client.updateGroup(id: group.id, description: description)
                }
            case .delete:
                return nil
            }
        }
    }

    /// Deleting what the document does not list (prune).
    static func deletePlans(_ diff: OrganizationDiff, client: VultrClient) -> [PlannedChange] {
        diff.objects.compactMap { step in
            guard case .delete(let object) = step else { return nil }
            return OrganizationPlans.delete(object, client: client, change: "apply: rm \(object.kind.rawValue)")
        }
    }

    /// The memberships and attachments `document` asks for, planned on a fresh read of the
    /// organization (so objects and users made by this apply are there).
    static func membershipPlans(_ document: UsersDocument, file: UsersFileArguments, client: VultrClient) async throws -> [PlannedChange] {
        let snapshot = try await AccountReader.patiently { try await client.loadOrganization() }
        let diff = try OrganizationDiff.compute(document, current: OrganizationDocument(snapshot), path: file.path, prune: false)
        func id<T>(_ items: [T], _ name: String, _ itemName: (T) -> String, _ itemID: (T) -> String) -> String? {
            items.first { itemName($0).lowercased() == name.lowercased() }.map(itemID)
        }
        let users = snapshot.users
        var plans: [PlannedChange] = []
        for change in diff.memberships {
            let (was, wanted) = (Set(change.from.map { $0.lowercased() }), Set(change.to.map { $0.lowercased() }))
            let attach = change.to.filter { !was.contains($0.lowercased()) }.map { ($0, true) }
            let detach = change.from.filter { !wanted.contains($0.lowercased()) }.map { ($0, false) }
            for (name, adding) in attach + detach {
                let field = change.field.rawValue
                let words = "apply: \(field) \(adding ? "add" : "rm") \(name)"
                var link: Link?
                var subject: ChangeSubject?
                switch change.holder {
                case .user(let email):
                    guard let user = users.first(where: { $0.email?.lowercased() == email.lowercased() }) else { continue }
                    subject = .user(user)
                    link = switch change.field {
                    case .group: id(snapshot.groups, name, \.name, \.id).map { .groupMember(group: $0, user: user.id) }
                    case .role: id(snapshot.roles, name, \.name, \.id).map { .roleUser(role: $0, user: user.id) }
                    case .policy: id(snapshot.policies, name, \.name, \.id).map { .policyUser(policy: $0, user: user.id) }
                    }
                case .group(let groupName):
                    guard let group = snapshot.groups.first(where: { $0.name.lowercased() == groupName.lowercased() }) else { continue }
                    subject = .object(OrganizationObject(group))
                    link = switch change.field {
                    case .role: id(snapshot.roles, name, \.name, \.id).map { .roleGroup(role: $0, group: group.id) }
                    case .policy: id(snapshot.policies, name, \.name, \.id).map { .policyGroup(policy: $0, group: group.id) }
                    case .group: nil
                    }
                case .role(let roleName):
                    guard let role = snapshot.roles.first(where: { $0.name.lowercased() == roleName.lowercased() }) else { continue }
                    subject = .object(OrganizationObject(role))
                    link = id(snapshot.policies, name, \.name, \.id).map { .rolePolicy(role: role.id, policy: $0) }
                }
                guard let link, let subject else { continue }
                plans.append(OrganizationPlans.link(link, attach: adding, holds: !adding, subject: subject, change: words,
                                                    held: "already so", client: client))
            }
        }
        return plans
    }

    private static func create(_ kind: OrganizationObject.Kind, _ name: String, client: VultrClient,
                               make: @escaping @Sendable () async throws -> OrganizationObject) -> PlannedChange {
        let object = OrganizationObject(kind: kind, id: "", name: name)
        return OrganizationPlans.create(object, change: "apply: create \(kind.rawValue)", find: {
            try await OrganizationPlans.find(object, client: client)
        }, make: make)
    }

    private static func change(_ object: OrganizationObject, _ field: String,
                               _ send: @escaping @Sendable () async throws -> Void) -> PlannedChange {
        .needed(.object(object), "apply: \(object.kind.rawValue) \(field)", journal: JournalFacts(kind: .changeObject, object: object)) {
            try await send()
            return ChangeEffect()
        }
    }
}
