import Foundation
import Synchronization
import Testing
import VusTestSupport
import VultrAccess
import VultrAPI
import VultrSandbox

/// The IAM half of the client against the sandbox, over real HTTP: reading, changing, the
/// already-held refusals and lost answers read back, and the whole organization in one load.
@Suite struct OrganizationClientTests {
    @Test func readsTheSeededOrganization() async throws {
        try await withClient { client, _, _ in
            let organization = try await client.organization()
            #expect(organization.name == "Example Co (sandbox)")
            let groups = try await client.groups()
            #expect(groups.map(\.name).prefix(4) == ["admins", "developers", "billing", "contractors"])
            #expect(groups.first?.members.isEmpty == false)
            let roles = try await client.roles()
            let developer = try #require(roles.first { $0.name == "developer" })
            #expect(developer.kind == .assignable && developer.policies.map(\.name) == ["compute-admin", "dns-editor", "no-instance-delete"])
            let policies = try await client.policies()
            let boundary = try #require(policies.first { $0.name == "contractor-boundary" })
            #expect(boundary.document.statements.first?.effect == .deny)
            #expect(policies.contains { $0.name == "acl_manage_users" && $0.isManaged })
            #expect(try await client.invitations().contains { $0.isPending })
            #expect(try await client.roleTrusts().count == 1)
        }
    }

    @Test func createsChangesAndRestores() async throws {
        try await withClient { client, _, _ in
            let document = PolicyDocument(statements: [PolicyStatement(effect: .allow, actions: ["network.dns.*"])])
            let policy = try await client.createPolicy(name: "dns-only", document: document)
            #expect(policy.document == document)
            let role = try await client.createRole(name: "dns", kind: .assignable)
            #expect(try await client.attach(.rolePolicy(role: role.id, policy: policy.id)) == .changed)
            #expect(try await client.role(id: role.id).policies.map(\.id) == [policy.id])
            try await client.deletePolicy(id: policy.id)
            await #expect(throws: VultrError.self) { _ = try await client.policy(id: policy.id) }
            #expect(try await client.restorePolicy(id: policy.id).name == "dns-only")
            let group = try await client.createGroup(name: "oncall")
            #expect(try await client.updateGroup(id: group.id, description: "Pager").description == "Pager")
            let bad = PolicyDocument(statements: [PolicyStatement(effect: .allow, actions: ["not an action"])])
            await #expect { _ = try await client.createPolicy(name: "bad", document: bad) } throws: { error in
                (error as? VultrError)?.status == 400 && "\(error)".contains("not an action")
            }
        }
    }

    @Test func aDoubleAttachOrDetachIsReadBackAsAlreadyHeld() async throws {
        try await withClient { client, _, _ in
            let user = try await client.user(email: "bob.hughes@example.com")
            let group = try await client.createGroup(name: "oncall")
            let link = Link.groupMember(group: group.id, user: user.id)
            let first = try await client.attach(link)
            #expect(first == .changed)
            #expect(try await client.attach(link) == .alreadyHeld)
            #expect(try await client.holds(link))
            #expect(try await client.detach(link) == .changed)
            #expect(try await client.detach(link) == .alreadyHeld)
            await #expect(throws: VultrError.self) { _ = try await client.attach(.groupMember(group: group.id, user: "nobody")) }
        }
    }

    @Test(arguments: [FaultPlan.Kind.cutOff, .internalError, .unavailable])
    func aLostAnswerToAnAttachmentIsSettledByReadingBack(kind: FaultPlan.Kind) async throws {
        try await withClient(client: { $0.retry = RetryPolicy(maxAttempts: 1) }) { client, sandbox, _ in
            let user = try await client.user(email: "bob.hughes@example.com")
            let policy = try #require(try await client.policies().first { $0.name == "billing-reader" })
            let link = Link.policyUser(policy: policy.id, user: user.id)
            // Every write fails; reads (the read-back) go through.
            sandbox.faults.update(FaultPlan(rate: 1, kinds: [kind], methods: ["POST", "DELETE"]))
            if kind == .cutOff {
                #expect(try await client.attach(link) == .changed, "the change happened; its answer was lost")
            } else {
                await #expect(throws: VultrError.self, "the server failed before acting, and reading back shows it") {
                    _ = try await client.attach(link)
                }
                #expect(try await client.holds(link) == false)
            }
        }
    }

    @Test func suspendsAndUnsuspends() async throws {
        try await withClient { client, _, _ in
            let organization = try await client.organization()
            let user = try await client.user(email: "bob.hughes@example.com")
            try await client.suspend(userID: user.id, organizationID: organization.id)
            #expect(try await client.suspendedMembers(organizationID: organization.id).contains { $0.id == user.id })
            #expect(try await client.user(id: user.id).status == .suspended)
            try await client.unsuspend(userID: user.id, organizationID: organization.id)
            #expect(try await client.user(id: user.id).status == .active)
        }
    }

    @Test func anAccountWithoutIAMSaysSoInOneSentence() async throws {
        try await withClient(sandbox: { $0.iam = false }) { client, _, _ in
            await #expect { _ = try await client.organization() } throws: { error in
                (error as? VultrError)?.kind == .noOrganization
            }
            await #expect { _ = try await client.groups() } throws: { error in
                (error as? VultrError)?.status == 403 && "\(error)".contains("no organization")
            }
            let users = try await client.users().collect()
            #expect(users.count == 25)
        }
    }

    @Test func loadsTheWholeOrganizationInTheFewestRequests() async throws {
        try await withClient(users: 1000) { client, _, log in
            let progress = ProgressLog()
            let snapshot = try await client.loadOrganization { progress.record($0) }
            #expect(snapshot.users.count == 1000 && snapshot.groups.count == 50 && snapshot.roles.count == 100 && snapshot.policies.count == 300)
            // the organization and the account + 2 user pages + 1 page each of groups, roles, policies, suspended
            // and trusts; then each role's and policy's users, and each group's two views (fewer than each
            // role's and policy's groups).
            #expect(snapshot.requests == 2 + 2 + 5 + 100 + 300 + 2 * 50)
            #expect(snapshot.trusts.count == 1 && snapshot.trusts.first?.hours == 9...17)
            #expect(log.all.count == snapshot.requests)
            let developer = try #require(snapshot.roles.first { $0.name == "developer" })
            let developers = try #require(snapshot.groups.first { $0.name == "developers" })
            #expect(snapshot.roleGroups[developer.id]?.contains(developers.id) == true, "read from the group's view")
            #expect(progress.last?.done == snapshot.requests && progress.last?.expected == snapshot.requests)
        }
    }
}

/// Progress reports, in order.
final class ProgressLog: Sendable {
    private let reports = Mutex<[LoadProgress]>([])
    var last: LoadProgress? { reports.withLock { $0.last } }
    func record(_ progress: LoadProgress) { reports.withLock { $0.append(progress) } }
}
