import Foundation
import VultrAPI

extension CommandContext {
    /// The organization's access graph: this session's, else the cached one (saying how old it
    /// is), else read now (and cached). `fresh` reads it again whatever is kept.
    func organizationAccess(fresh: Bool) async throws -> (access: OrganizationAccess, note: String) {
        if !fresh, let kept = session.users.access {
            return (kept, "organization \(kept.age()) in this session; 'fresh' reads it again")
        }
        let client = try self.client
        let ownerEmail = try await client.account().email ?? ""
        let path = OrganizationCache.path(ownerEmail: ownerEmail, client: client)
        if !fresh, let path, let cached = OrganizationCache.load(path) {
            let access = OrganizationAccess(cached)
            session.users.access = access
            return (access, "organization \(access.age()) (cached); 'fresh' reads it again")
        }
        let progress = self.progress
        defer { progress?.clear() }
        let snapshot = try await client.loadOrganization(ownerEmail: ownerEmail) { progress?.show($0) }
        session.users.remember(snapshot.users)
        let access = OrganizationAccess(snapshot)
        session.users.access = access
        var note = "read the organization: \(Plural.count(snapshot.users.count, "user")), \(Plural.count(snapshot.groups.count, "group")), "
            + "\(Plural.count(snapshot.roles.count, "role")), \(Plural.count(snapshot.policies.count, "policy", "policies")), "
            + "\(Plural.count(snapshot.trusts.count, "trust")) in \(Plural.count(snapshot.requests, "request"))"
        if let path, let problem = OrganizationCache.save(snapshot, to: path) { note += "; \(problem)" }
        return (access, note)
    }

    /// Forgets every kept read of the organization, after a change that may have made it stale.
    func forgetOrganization() {
        session.users.access = nil
        if let client = try? client { OrganizationCache.forget(client: client) }
    }
}

extension ProgressLine {
    /// How far a read of the organization has come; only a read that takes a while (a large
    /// organization, at Vultr's 30 requests a second) is worth a line.
    func show(_ step: LoadProgress) {
        if step.expected > 60 { show("reading the organization: \(step.done) of \(step.expected) requests") }
    }
}
