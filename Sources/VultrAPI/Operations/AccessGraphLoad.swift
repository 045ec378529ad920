import Foundation

/// Everything that decides who may do what in an organization, read in one go: the users,
/// groups with their members, roles with their policies and assignments, policies with their
/// documents and attachments, and who is suspended.
public struct OrganizationSnapshot: Sendable, Codable {
    public var organization: Organization
    /// The account owner's email (the owner is not one of ``users``, and may do anything).
    public var ownerEmail: String
    public var users: [User]
    public var groups: [Group]
    public var roles: [Role]
    public var policies: [Policy]
    /// Per role id: the users and groups it is assigned to directly.
    public var roleUsers: [String: [String]]
    public var roleGroups: [String: [String]]
    /// Per policy id: the users and groups it is attached to directly.
    public var policyUsers: [String: [String]]
    public var policyGroups: [String: [String]]
    /// Who may assume which role: the role trusts, ended ones included.
    public var trusts: [RoleTrust]
    public var suspended: [OrganizationMember]
    /// When it was read.
    public var readAt: Date
    /// How many requests reading it took.
    public var requests: Int
}

/// How far a load has come, for a caller to show.
public struct LoadProgress: Sendable, Equatable {
    /// Requests answered so far.
    public var done: Int
    /// Requests the load will make, as far as it knows yet (it grows once the lists are read).
    public var expected: Int
}

extension VultrClient {
    /// Reads the whole ``OrganizationSnapshot`` in as few requests as the API allows: the account,
    /// the seven listings (paged at 500), then each role's users and each policy's users, and the group
    /// side of attachments from whichever is fewer requests, each role's and policy's groups or
    /// each group's two views. Requests run concurrently up to the client's rate limit.
    /// `progress` is called after every answered request. A caller that has just read the
    /// account passes its owner's email, and the account is not read again.
    public func loadOrganization(ownerEmail: String? = nil,
                                 progress: @escaping @Sendable (LoadProgress) -> Void = { _ in }) async throws -> OrganizationSnapshot {
        let counter = RequestCounter(progress: progress)
        return try await RequestCounter.$current.withValue(counter) { try await load(counter, ownerEmail: ownerEmail) }
    }

    private func load(_ counter: RequestCounter, ownerEmail known: String?) async throws -> OrganizationSnapshot {
        let organization = try await self.organization()
        async let ownerEmail: String = {
            if let known { return known }
            return try await self.account().email ?? ""
        }()
        async let users = self.users().collect()
        async let groups = self.groups()
        async let roles = self.roles()
        async let policies = self.policies()
        async let suspended = self.suspendedMembers(organizationID: organization.id)
        async let trusts = self.roleTrusts()
        var snapshot = OrganizationSnapshot(
            organization: organization, ownerEmail: try await ownerEmail, users: try await users, groups: try await groups, roles: try await roles,
            policies: try await policies, roleUsers: [:], roleGroups: [:], policyUsers: [:], policyGroups: [:],
            trusts: try await trusts, suspended: try await suspended, readAt: Date(), requests: 0)

        let byGroupViews = 2 * snapshot.groups.count < snapshot.roles.count + snapshot.policies.count
        enum Read: Sendable {
            case roleUsers(String), roleGroups(String), policyUsers(String), policyGroups(String), groupViews(String)
        }
        var reads = snapshot.roles.map { Read.roleUsers($0.id) } + snapshot.policies.map { Read.policyUsers($0.id) }
        reads += byGroupViews ? snapshot.groups.map { Read.groupViews($0.id) }
            : snapshot.roles.map { Read.roleGroups($0.id) } + snapshot.policies.map { Read.policyGroups($0.id) }
        counter.expect(reads.count + (byGroupViews ? snapshot.groups.count : 0))

        enum Answer: Sendable {
            case roleUsers(String, [String]), roleGroups(String, [String]), policyUsers(String, [String])
            case policyGroups(String, [String]), groupViews(String, Held<RoleReference>, Held<PolicyReference>)
        }
        let answers = await bulk(reads) { read -> Answer in
            switch read {
            case .roleUsers(let id): .roleUsers(id, try await self.userIDs(roleID: id))
            case .roleGroups(let id): .roleGroups(id, try await self.groupIDs(roleID: id))
            case .policyUsers(let id): .policyUsers(id, try await self.userIDs(policyID: id))
            case .policyGroups(let id): .policyGroups(id, try await self.groupIDs(policyID: id))
            case .groupViews(let id):
                .groupViews(id, try await self.roles(groupID: id),
                            try await self.policies(groupID: id))
            }
        }
        for answer in answers {
            switch try answer.get() {
            case .roleUsers(let id, let users): snapshot.roleUsers[id] = users
            case .roleGroups(let id, let groups): snapshot.roleGroups[id] = groups
            case .policyUsers(let id, let users): snapshot.policyUsers[id] = users
            case .policyGroups(let id, let groups): snapshot.policyGroups[id] = groups
            case .groupViews(let group, let roles, let policies):
                for role in roles.direct { snapshot.roleGroups[role.id, default: []].append(group) }
                for policy in policies.direct { snapshot.policyGroups[policy.id, default: []].append(group) }
            }
        }
        snapshot.readAt = Date()
        snapshot.requests = counter.done
        return snapshot
    }
}

/// Counts a load's answered requests and reports them. ``VultrClient/perform(_:userID:extraSecrets:_:)``
/// adds one for each call answered within a load, found through the task-local ``current``, so
/// each page of a listing counts.
final class RequestCounter: @unchecked Sendable {
    @TaskLocal static var current: RequestCounter?

    private let lock = NSLock()
    private var answered = 0
    private var expected = 9
    private let progress: @Sendable (LoadProgress) -> Void

    init(progress: @escaping @Sendable (LoadProgress) -> Void) { self.progress = progress }

    var done: Int { lock.withLock { answered } }

    func expect(_ more: Int) {
        let snapshot = lock.withLock { expected = answered + more; return LoadProgress(done: answered, expected: expected) }
        progress(snapshot)
    }

    func answer() {
        let snapshot = lock.withLock { answered += 1; return LoadProgress(done: answered, expected: max(expected, answered)) }
        progress(snapshot)
    }
}
