import VultrAPI

/// An object as the journal and the records name it, from what the API answered.
extension OrganizationObject {
    init(_ group: Group) { self.init(kind: .group, id: group.id, name: group.name) }
    init(_ role: Role) { self.init(kind: .role, id: role.id, name: role.name) }
    init(_ policy: Policy) { self.init(kind: .policy, id: policy.id, name: policy.name) }
}
