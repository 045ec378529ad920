import Foundation
import OpenAPIRuntime
import VultrOpenAPI

/// The generated server protocol, implemented over ``SandboxStore``. Because the routes, the
/// request decoding and the response encoding all come from `openapi.yaml`, the sandbox answers
/// exactly what the document says. Failures are thrown as ``SandboxError`` and become Vultr's
/// JSON error bodies.
struct SandboxAPI: APIProtocol {
    let store: SandboxStore
    let updateStatus: SandboxConfiguration.UpdateStatus
    let statusAsBoolean: Bool

    func listUsers(_ input: Operations.ListUsers.Input) async throws -> Operations.ListUsers.Output {
        let page = await store.page(try PageRequest(perPage: input.query.perPage, cursor: input.query.cursor))
        let users = page.items.map { Self.user($0, statusAsBoolean: statusAsBoolean) }
        return .ok(.init(body: .json(.init(users: users, meta: Self.meta(page)))))
    }

    func createUser(_ input: Operations.CreateUser.Input) async throws -> Operations.CreateUser.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let request = CreateUserRequest(
            email: body.email, firstName: body.firstName, lastName: body.lastName, name: body.name,
            password: body.password, apiEnabled: body.apiEnabled, acls: body.acls, serviceUser: body.serviceUser)
        let (record, key) = try await store.createUser(request)
        var user = Self.user(record, statusAsBoolean: false)
        user.apiKey = key?.secret
        return .created(.init(body: .json(.init(user: user))))
    }

    func getUser(_ input: Operations.GetUser.Input) async throws -> Operations.GetUser.Output {
        let record = try await store.user(id: input.path.userId)
        return .ok(.init(body: .json(.init(user: Self.user(record, statusAsBoolean: false)))))
    }

    func updateUser(_ input: Operations.UpdateUser.Input) async throws -> Operations.UpdateUser.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        // name, first_name, last_name and password are accepted and ignored, as Vultr does since 07/2025.
        try await store.updateUser(
            id: input.path.userId, UserChanges(email: body.email, apiEnabled: body.apiEnabled, acls: body.acls))
        switch updateStatus {
        case .noContent: return .noContent(.init())
        case .accepted: return .accepted(.init())
        }
    }

    func deleteUser(_ input: Operations.DeleteUser.Input) async throws -> Operations.DeleteUser.Output {
        try await store.deleteUser(id: input.path.userId)
        return .noContent(.init())
    }

    func listUserApiKeys(_ input: Operations.ListUserApiKeys.Input) async throws -> Operations.ListUserApiKeys.Output {
        let keys = try await store.apiKeys(userID: input.path.userId)
        return .ok(.init(body: .json(.init(apiKeys: keys.map { Self.apiKey($0, masked: true) }))))
    }

    func createUserApiKey(_ input: Operations.CreateUserApiKey.Input) async throws -> Operations.CreateUserApiKey.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        let key = try await store.createAPIKey(
            userID: input.path.userId, name: body.name, expire: body.expire, dateExpire: body.dateExpire)
        return .accepted(.init(body: .json(.init(apiKey: Self.apiKey(key, masked: false)))))
    }

    func deleteUserApiKey(_ input: Operations.DeleteUserApiKey.Input) async throws -> Operations.DeleteUserApiKey.Output {
        try await store.deleteAPIKey(userID: input.path.userId, keyID: input.path.apikeyId)
        return .noContent(.init())
    }

    func listUserIpWhitelist(_ input: Operations.ListUserIpWhitelist.Input) async throws -> Operations.ListUserIpWhitelist.Output {
        let entries = try await store.allowlist(userID: input.path.userId).map {
            Components.Schemas.IpWhitelistEntry(
                subnet: $0.subnet, subnetSize: $0.subnetSize, dateAdded: $0.dateAdded, ipType: $0.ipType)
        }
        return .ok(.init(body: .json(.init(ipWhitelist: entries, meta: .init(total: entries.count)))))
    }

    func addUserIpWhitelist(_ input: Operations.AddUserIpWhitelist.Input) async throws -> Operations.AddUserIpWhitelist.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        try await store.addAllowlistEntry(userID: input.path.userId, subnet: body.subnet, size: body.subnetSize)
        return .noContent(.init())
    }

    func removeUserIpWhitelist(_ input: Operations.RemoveUserIpWhitelist.Input) async throws -> Operations.RemoveUserIpWhitelist.Output {
        guard case .json(let body) = input.body else { throw SandboxError.badRequest("Expected a JSON body") }
        try await store.removeAllowlistEntry(userID: input.path.userId, subnet: body.subnet, size: body.subnetSize)
        return .noContent(.init())
    }

    func getAccount(_ input: Operations.GetAccount.Input) async throws -> Operations.GetAccount.Output {
        let a = await store.account
        let account = Components.Schemas.Account(
            name: a.name, email: a.email, acls: a.acls, balance: a.balance, pendingCharges: a.pendingCharges,
            lastPaymentDate: a.lastPaymentDate, lastPaymentAmount: a.lastPaymentAmount)
        return .ok(.init(body: .json(.init(account: account))))
    }

    // MARK: Records to wire types

    static func user(_ record: UserEntity, statusAsBoolean: Bool) -> Components.Schemas.User {
        Components.Schemas.User(
            id: record.id, name: record.name, firstName: record.firstName, lastName: record.lastName,
            email: record.email, apiEnabled: record.apiEnabled, acls: record.acls,
            invitedBy: record.invitedBy, invitedOn: record.invitedOn, inviteAccepted: record.inviteAccepted,
            serviceUser: record.serviceUser,
            status: statusAsBoolean ? .case2(record.status == "active") : .case1(record.status),
            lastActivity: record.lastActivity)
    }

    static func apiKey(_ record: APIKeyEntity, masked: Bool) -> Components.Schemas.ApiKey {
        Components.Schemas.ApiKey(
            id: record.id, apiKey: masked ? record.masked : record.secret, name: record.name,
            expire: record.expire, dateExpire: record.dateExpire, dateCreated: record.dateCreated)
    }
}
