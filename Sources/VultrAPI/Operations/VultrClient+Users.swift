import VultrOpenAPI

extension VultrClient {
    /// The largest page Vultr serves.
    public static let maximumPageSize = 500

    /// Every user, fetched lazily `perPage` at a time (500, the maximum, unless set).
    public func users(perPage: Int = VultrClient.maximumPageSize) -> UserSequence {
        UserSequence(client: self, perPage: min(max(1, perPage), Self.maximumPageSize))
    }

    /// One page of users; pass ``UserPage/next`` back as `cursor` for the following page.
    public func userPage(perPage: Int? = nil, cursor: String? = nil) async throws -> UserPage {
        try await perform("list users") {
            let output = try await client.listUsers(query: .init(perPage: perPage, cursor: cursor))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            let body = try ok.body.json
            let links = body.meta.links
            return UserPage(users: body.users.map(User.init), total: body.meta.total,
                            next: links.flatMap { $0.next.isEmpty ? nil : $0.next },
                            previous: links.flatMap { $0.prev.isEmpty ? nil : $0.prev })
        }
    }

    /// One user by id.
    public func user(id: String) async throws -> User {
        try await perform("get user", userID: id) {
            let output = try await client.getUser(path: .init(userId: id))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return User(try ok.body.json.user)
        }
    }

    /// Creates a user. A service user's answer carries its API key in ``User/apiKey``, the only
    /// time it is shown. Retried only when Vultr provably did not act on it.
    public func createUser(_ new: NewUser) async throws -> User {
        try await perform("create user \(new.email)", extraSecrets: [new.password]) {
            let body = Components.Schemas.CreateUserRequest(
                email: new.email, firstName: new.firstName, lastName: new.lastName, password: new.password,
                apiEnabled: new.apiEnabled, acls: new.acls.map(\.rawValue), serviceUser: new.serviceUser)
            let output = try await client.createUser(body: .json(body))
            guard case .created(let created) = output else { throw Self.unexpected(output) }
            return User(try created.body.json.user)
        }
    }

    /// Sends the fields of `update` that are set, and nothing when none are.
    public func updateUser(id: String, _ update: UserUpdate) async throws {
        guard !update.isEmpty else { return }
        try await perform("update user", userID: id) {
            let body = Components.Schemas.UpdateUserRequest(
                email: update.email, apiEnabled: update.apiEnabled, acls: update.acls?.map(\.rawValue))
            let output = try await client.updateUser(path: .init(userId: id), body: .json(body))
            switch output {
            case .noContent, .accepted: return
            default: throw Self.unexpected(output)
            }
        }
    }

    /// Deletes a user and its API keys.
    public func deleteUser(id: String) async throws {
        try await perform("delete user", userID: id) {
            let output = try await client.deleteUser(path: .init(userId: id))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }
}
