import Foundation
import VultrValues
import VultrAccess
import VultrDocuments

extension SeedOrganization {
    /// Whether `content` says anything about the organization (a section, or a user's groups,
    /// roles or policies); if not, the organization is drawn from the users as usual.
    static func describes(_ content: UsersDocumentContent) -> Bool {
        content.groups != nil || content.roles != nil || content.policies != nil
            || content.users.contains { $0.groups != nil || $0.roles != nil || $0.policies != nil }
    }

    /// The organization a users document describes: Vultr's managed policies, and exactly the
    /// document's custom policies, roles, groups and assignments, so a rehearsal has the real
    /// ones. A name the document uses but does not define is an error.
    static func make(from content: UsersDocumentContent, users: [UserEntity], account: AccountEntity) throws -> OrganizationState {
        var random = SplitMix64(seed: 0xD0C5_EED5)
        let created = VultrDate.string(SeedAccount.epoch)
        var state = empty(account: account, random: &random)
        func link(_ id: String) -> LinkEntity { LinkEntity(sequence: state.takeSequence(), id: id, dateAssigned: created) }

        for entry in content.policies ?? [] {
            guard !state.policies.contains(where: { $0.name.lowercased() == entry.name.lowercased() }) else {
                throw SandboxSeedError(message: "line \(entry.line): policy \(entry.name) is one of Vultr's managed policies; refer to it by name only")
            }
            state.policies.append(PolicyEntity(
                sequence: state.takeSequence(), id: random.uuid(), name: entry.name, description: entry.description ?? "",
                version: entry.document.version,
                statements: entry.document.statements.map {
                    StatementEntity(effect: $0.effect.rawValue, actions: $0.actions, resources: $0.resources)
                },
                isSystem: false, dateCreated: created, deleted: false, users: [], groups: []))
        }
        func policy(_ name: String, line: Int) throws -> Int {
            guard let index = state.policies.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw SandboxSeedError(message: "line \(line): no policy named \(name) (neither managed nor in the document's policies)")
            }
            return index
        }
        for entry in content.roles ?? [] {
            let policies = try (entry.policies ?? []).map { state.policies[try policy($0, line: entry.line)].id }
            state.roles.append(RoleEntity(
                sequence: state.takeSequence(), id: random.uuid(), name: entry.name, description: entry.description ?? "",
                type: entry.type ?? "assignable", maxSessionDuration: 3600, dateCreated: created, deleted: false,
                policies: policies.map(link), users: [], groups: []))
        }
        func role(_ name: String, line: Int) throws -> Int {
            guard let index = state.roles.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw SandboxSeedError(message: "line \(line): no role named \(name) in the document's roles")
            }
            return index
        }
        for entry in content.groups ?? [] {
            let id = random.uuid()
            state.groups.append(GroupEntity(sequence: state.takeSequence(), id: id, name: entry.name,
                                            description: entry.description ?? "", dateCreated: created, dateUpdated: created,
                                            members: []))
            for name in entry.roles ?? [] { state.roles[try role(name, line: entry.line)].groups.append(link(id)) }
            for name in entry.policies ?? [] { state.policies[try policy(name, line: entry.line)].groups.append(link(id)) }
        }
        let byEmail = Dictionary(users.map { ($0.email.lowercased(), $0.id) }, uniquingKeysWith: { first, _ in first })
        for entry in content.users {
            guard let userID = byEmail[entry.email.lowercased()] else { continue }
            for name in entry.groups ?? [] {
                guard let index = state.groups.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else {
                    throw SandboxSeedError(message: "line \(entry.line): \(entry.email) is in group \(name), which the document's groups do not define")
                }
                state.groups[index].members.append(link(userID))
            }
            for name in entry.roles ?? [] { state.roles[try role(name, line: entry.line)].users.append(link(userID)) }
            for name in entry.policies ?? [] { state.policies[try policy(name, line: entry.line)].users.append(link(userID)) }
        }
        return state
    }
}
