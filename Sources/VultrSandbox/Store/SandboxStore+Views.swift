import Foundation

/// The views of a user's or a group's roles and policies: what is attached to them directly,
/// and what they have through their groups and roles.
extension SandboxStore {
    /// A role or policy in a view, with where it comes from.
    struct Granted<Entity>: Sendable where Entity: Sendable {
        var entity: Entity
        var dateAssigned: String
        /// The role a policy comes from, for policies inherited through a role.
        var fromRole: RoleEntity?
        /// `direct`, `group` or `role`.
        var source: String
    }

    struct View<Entity>: Sendable where Entity: Sendable {
        var direct: [Granted<Entity>]
        var inherited: [Granted<Entity>]
        var all: [Granted<Entity>] { direct + inherited }
    }

    /// A user's roles: assigned to them, and (inherited) assigned to their groups.
    func roleView(ofUser userID: String) throws(SandboxError) -> View<RoleEntity> {
        try roleView(ofUser: userID, groups: Set(try groups(ofUser: userID).map(\.id)))
    }

    private func roleView(ofUser userID: String, groups: Set<String>) throws(SandboxError) -> View<RoleEntity> {
        var direct: [Granted<RoleEntity>] = [], inherited: [Granted<RoleEntity>] = []
        for role in try roles() {
            if let link = role.users.first(where: { $0.id == userID }) {
                direct.append(Granted(entity: role, dateAssigned: link.dateAssigned, source: "direct"))
            }
            if let link = role.groups.first(where: { groups.contains($0.id) }) {
                inherited.append(Granted(entity: role, dateAssigned: link.dateAssigned, source: "group"))
            }
        }
        return View(direct: direct, inherited: inherited)
    }

    /// A user's policies: attached to them, and (inherited) attached to their groups or inside
    /// any role of theirs.
    func policyView(ofUser userID: String) throws(SandboxError) -> View<PolicyEntity> {
        let groups = Set(try groups(ofUser: userID).map(\.id))
        var direct: [Granted<PolicyEntity>] = [], inherited: [Granted<PolicyEntity>] = []
        for policy in try policies() {
            if let link = policy.users.first(where: { $0.id == userID }) {
                direct.append(Granted(entity: policy, dateAssigned: link.dateAssigned, source: "direct"))
            }
            if let link = policy.groups.first(where: { groups.contains($0.id) }) {
                inherited.append(Granted(entity: policy, dateAssigned: link.dateAssigned, source: "group"))
            }
        }
        inherited += try policies(inRoles: try roleView(ofUser: userID, groups: groups).all.map(\.entity))
        return View(direct: direct, inherited: inherited)
    }

    /// A group's roles; a group inherits none.
    func roleView(ofGroup groupID: String) throws(SandboxError) -> View<RoleEntity> {
        _ = try group(id: groupID)
        let direct = try roles().compactMap { role in
            role.groups.first { $0.id == groupID }.map { Granted(entity: role, dateAssigned: $0.dateAssigned, source: "direct") }
        }
        return View(direct: direct, inherited: [])
    }

    /// A group's policies: attached to it, and (inherited) inside its roles.
    func policyView(ofGroup groupID: String) throws(SandboxError) -> View<PolicyEntity> {
        let roles = try roleView(ofGroup: groupID).all.map(\.entity)
        let direct = try policies().compactMap { policy in
            policy.groups.first { $0.id == groupID }.map { Granted(entity: policy, dateAssigned: $0.dateAssigned, source: "direct") }
        }
        return View(direct: direct, inherited: try policies(inRoles: roles))
    }

    /// The live policies inside `roles`, each with the role it comes from.
    func policies(inRoles roles: [RoleEntity]) throws(SandboxError) -> [Granted<PolicyEntity>] {
        let byID = Dictionary(uniqueKeysWithValues: try policies().map { ($0.id, $0) })
        return roles.flatMap { role in
            role.policies.compactMap { link in
                byID[link.id].map { Granted(entity: $0, dateAssigned: link.dateAssigned, fromRole: role, source: "role") }
            }
        }
    }

    /// The live policies inside one role.
    func policies(ofRole roleID: String) throws(SandboxError) -> [PolicyEntity] {
        try policies(inRoles: [try role(id: roleID)]).map(\.entity)
    }
}
