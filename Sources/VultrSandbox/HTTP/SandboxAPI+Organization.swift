import Foundation
import OpenAPIRuntime
import VultrOpenAPI

/// The organization, its members' standing, invitations, and the owner's own API keys.
extension SandboxAPI {
    func listOrganizations(_ input: Operations.ListOrganizations.Input) async throws -> Operations.ListOrganizations.Output {
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor)
            .page(of: await store.organizations().enumerated().map { SequencedValue(sequence: $0 + 1, value: $1) })
        return .ok(.init(body: .json(.init(orgs: page.items.map { Self.organization($0.value) }, meta: Self.meta(page)))))
    }

    func getOrganization(_ input: Operations.GetOrganization.Input) async throws -> Operations.GetOrganization.Output {
        let record = try await store.organization(id: input.path.organizationId)
        return .ok(.init(body: .json(.init(value1: Self.organization(record)))))
    }

    func updateOrganization(_ input: Operations.UpdateOrganization.Input) async throws -> Operations.UpdateOrganization.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let record = try await store.updateOrganization(id: input.path.organizationId, name: body.name, type: body._type)
        return .ok(.init(body: .json(.init(value1: Self.organization(record)))))
    }

    func removeOrganizationUser(_ input: Operations.RemoveOrganizationUser.Input) async throws -> Operations.RemoveOrganizationUser.Output {
        try await store.removeMember(input.path.memberId, organizationID: input.path.organizationId)
        return .noContent(.init())
    }

    func suspendOrganizationUser(_ input: Operations.SuspendOrganizationUser.Input) async throws -> Operations.SuspendOrganizationUser.Output {
        try await store.suspend(input.path.memberId, organizationID: input.path.organizationId)
        return .noContent(.init())
    }

    func unsuspendOrganizationUser(_ input: Operations.UnsuspendOrganizationUser.Input) async throws -> Operations.UnsuspendOrganizationUser.Output {
        try await store.unsuspend(input.path.memberId, organizationID: input.path.organizationId)
        return .noContent(.init())
    }

    func listOrganizationSuspendedUsers(_ input: Operations.ListOrganizationSuspendedUsers.Input) async throws -> Operations.ListOrganizationSuspendedUsers.Output {
        let users = try await store.suspendedMembers(organizationID: input.path.organizationId)
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: users)
        return .ok(.init(body: .json(.init(users: page.items.map { Self.member($0) }, meta: Self.meta(page)))))
    }

    // MARK: Invitations

    func listInvitations(_ input: Operations.ListInvitations.Input) async throws -> Operations.ListInvitations.Output {
        let organization = try await store.organizationState().organization
        let page = try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor).page(of: await store.invitations())
        return .ok(.init(body: .json(.init(invites: page.items.map { Self.invitation($0, organization: organization) },
                                           meta: Self.meta(page)))))
    }

    func createInvitation(_ input: Operations.CreateInvitation.Input) async throws -> Operations.CreateInvitation.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let apiEnabled: Bool = switch body.permissions?.apiEnabled {
        case .case1(let flag): flag
        case .case2(let text): ["yes", "true", "on"].contains(text.lowercased())
        case nil: true
        }
        let record = try await store.invite(email: body.emailInvited, apiEnabled: apiEnabled)
        let organization = try await store.organizationState().organization
        return .created(.init(body: .json(.init(value1: Self.invitation(record, organization: organization)))))
    }

    func getInvitation(_ input: Operations.GetInvitation.Input) async throws -> Operations.GetInvitation.Output {
        let record = try await store.invitation(id: input.path.invitationId)
        let organization = try await store.organizationState().organization
        return .ok(.init(body: .json(.init(value1: Self.invitation(record, organization: organization)))))
    }

    func resendInvitation(_ input: Operations.ResendInvitation.Input) async throws -> Operations.ResendInvitation.Output {
        let record = try await store.resendInvitation(id: input.path.invitationId)
        let organization = try await store.organizationState().organization
        return .ok(.init(body: .json(.init(value1: Self.invitation(record, organization: organization)))))
    }

    // MARK: The caller's own keys

    func listApiKeys(_ input: Operations.ListApiKeys.Input) async throws -> Operations.ListApiKeys.Output {
        .ok(.init(body: .json(.init(apiKeys: await store.ownerKeys().map { Self.apiKey($0, masked: true) }))))
    }

    func createApiKey(_ input: Operations.CreateApiKey.Input) async throws -> Operations.CreateApiKey.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let key = try await store.createOwnerKey(name: body.name, expire: body.expire, dateExpire: body.dateExpire)
        return .accepted(.init(body: .json(.init(apiKey: Self.apiKey(key, masked: false)))))
    }

    func getApiKey(_ input: Operations.GetApiKey.Input) async throws -> Operations.GetApiKey.Output {
        .ok(.init(body: .json(.init(apiKey: Self.apiKey(try await store.ownerKey(id: input.path.apikeyId), masked: true)))))
    }

    func deleteApiKey(_ input: Operations.DeleteApiKey.Input) async throws -> Operations.DeleteApiKey.Output {
        try await store.deleteOwnerKey(id: input.path.apikeyId)
        return .noContent(.init())
    }

    func getUserApiKey(_ input: Operations.GetUserApiKey.Input) async throws -> Operations.GetUserApiKey.Output {
        let key = try await store.apiKey(userID: input.path.userId, keyID: input.path.apikeyId)
        return .ok(.init(body: .json(.init(apiKey: Self.apiKey(key, masked: true)))))
    }

    func getUserIpWhitelistEntry(_ input: Operations.GetUserIpWhitelistEntry.Input) async throws -> Operations.GetUserIpWhitelistEntry.Output {
        let entry = try await store.allowlistEntry(userID: input.path.userId, subnet: input.query.subnet, size: input.query.subnetSize)
        return .ok(.init(body: .json(.init(ipWhitelistEntry: .init(
            subnet: entry.subnet, subnetSize: entry.subnetSize, dateAdded: entry.dateAdded, ipType: entry.ipType)))))
    }
}

/// A value without a sequence of its own, numbered for paging.
struct SequencedValue<Value: Sendable>: Sequenced, Sendable {
    var sequence: Int
    var value: Value
}
