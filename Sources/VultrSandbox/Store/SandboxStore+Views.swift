import Foundation

/// The views of a user's or a group's roles and policies: what is attached to them directly,
/// and what they have through their groups and roles.
extension SandboxStore {
    /// A role or policy in a view, with where it comes from.
    struct Granted<Record>: Sendable where Record: Sendable {
        var record: Record
        var dateAssigned: String
        /// The role a policy comes from, for policies inherited through a role.
        var fromRole: RoleRecord?
        /// `direct`, `group` or `role`.
        var source: String
    }

    struct View<Record>: Sendable where Record: Sendable {
        var direct: [Granted<Record>]
        var inherited: [Granted<Record>]
        var all: [Granted<Record>] { direct + inherited }
    }

    /// A user's roles: assigned to them, and (inherited) assigned to their groups.
    func roleView(ofUser userID: String) throws(SandboxError) -> View<RoleRecord> {
        try roleView(ofUser: userID, groups: Set(try groups(ofUser: userID).map(\.id)))
    }

    private func roleView(ofUser userID: String, groups: Set<String>) throws(SandboxError) -> View<RoleRecord> {
        var direct: [Granted<RoleRecord>] = [], inherited: [Granted<RoleRecord>] = []
        for role in try roles() {
            if let link = role.users.first(where: { $0.id == userID }) {
                direct.append(Granted(record: role, dateAssigned: link.dateAssigned, source: "direct"))
            }
            if let link = role.groups.first(where: { groups.contains($0.id) }) {
                inherited.append(Granted(record: role, dateAssigned: link.dateAssigned, source: "group"))
            }
        }
        return View(direct: direct, inherited: inherited)
    }

    /// A user's policies: attached to them, and (inherited) attached to their groups or inside
    /// any role of theirs.
    func policyView(ofUser userID: String) throws(SandboxError) -> View<PolicyRecord> {
        let groups = Set(try groups(ofUser: userID).map(\.id))
        var direct: [Granted<PolicyRecord>] = [], inherited: [Granted<PolicyRecord>] = []
        for policy in try policies() {
            if let link = policy.users.first(where: { $0.id == userID }) {
                direct.append(Granted(record: policy, dateAssigned: link.dateAssigned, source: "direct"))
            }
            if let link = policy.groups.first(where: { groups.contains($0.id) }) {
                inherited.append(Granted(record: policy, dateAssigned: link.dateAssigned, source: "group"))
            }
        }
        inherited += try policies(inRoles: try roleView(ofUser: userID, groups: groups).all.map(\.record))
        return View(direct: direct, inherited: inherited)
    }

    /// A group's roles; a group inherits none.
    func roleView(ofGroup groupID: String) throws(SandboxError) -> View<RoleRecord> {
        _ = try group(id: groupID)
        let direct = try roles().compactMap { role in
            role.groups.first { $0.id == groupID }.map { Granted(record: role, dateAssigned: $0.dateAssigned, source: "direct") }
        }
        return View(direct: direct, inherited: [])
    }

    /// A group's policies: attached to it, and (inherited) inside its roles.
    func policyView(ofGroup groupID: String) throws(SandboxError) -> View<PolicyRecord> {
        let roles = try roleView(ofGroup: groupID).all.map(\.record)
        let direct = try policies().compactMap { policy in
            policy.groups.first { $0.id == groupID }.map { Granted(record: policy, dateAssigned: $0.dateAssigned, source: "direct") }
        }
        return View(direct: direct, inherited: try policies(inRoles: roles))
    }

    /// The live policies inside `roles`, each with the role it comes from.
    func policies(inRoles roles: [RoleRecord]) throws(SandboxError) -> [Granted<PolicyRecord>] {
        let byID = Dictionary(uniqueKeysWithValues: try policies().map { ($0.id, $0) })
        return roles.flatMap { role in
            role.policies.compactMap { link in
                byID[link.id].map { Granted(record: $0, dateAssigned: link.dateAssigned, fromRole: role, source: "role") }
            }
        }
    }

    /// The live policies inside one role.
    func policies(ofRole roleID: String) throws(SandboxError) -> [PolicyRecord] {
        try policies(inRoles: [try role(id: roleID)]).map(\.record)
    }
}
