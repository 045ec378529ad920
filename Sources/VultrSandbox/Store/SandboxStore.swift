import Foundation
import VultrValues

/// What a create request asks for, already decoded.
struct CreateUserRequest: Sendable {
    var email: String?
    var firstName: String?
    var lastName: String?
    var name: String?
    var password: String?
    var apiEnabled: Bool?
    var acls: [String]?
    var serviceUser: Bool?
}

/// What an update request asks to change; `nil` leaves a field as it is.
struct UserChanges: Sendable {
    var email: String?
    var apiEnabled: Bool?
    var acls: [String]?
}

/// The sandbox's account: users, their keys and allowlists. An actor, so every request sees a
/// consistent state; each change is validated completely before anything is modified, and is
/// saved to the state file (when there is one) before it becomes visible.
public actor SandboxStore {
    private(set) var state: SandboxState
    private var indexByID: [String: Int] = [:]
    private let stateFile: StateFile?
    private var random = SplitMix64(seed: UInt64.random(in: 1...UInt64.max))

    init(state: SandboxState, stateFile: StateFile?) {
        self.state = state
        self.stateFile = stateFile
        self.indexByID = Self.index(state.users)
    }

    /// Loads the state file if it exists; otherwise seeds an account (from `seedFile` when
    /// given) and saves it there.
    static func open(_ configuration: SandboxConfiguration) throws -> SandboxStore {
        let stateFile = configuration.stateFile.map(StateFile.init)
        if let stateFile, let saved = try stateFile.load() {
            return SandboxStore(state: saved, stateFile: stateFile)
        }
        let document = try configuration.seedFile.map { try SeedDocument.read($0) }
        var seeded = try document.map { try SeedAccount.make(from: $0.users) } ?? SeedAccount.make(users: configuration.seedUsers)
        if configuration.iam, let document, SeedOrganization.describes(document) {
            seeded.organization = try SeedOrganization.make(from: document, users: seeded.users, account: seeded.account)
        } else if configuration.iam {
            seeded.organization = SeedOrganization.make(
                users: seeded.users, account: seeded.account,
                shape: configuration.organizationShape ?? SeedOrganization.proportional(users: seeded.users.count))
        }
        try stateFile?.save(seeded)
        return SandboxStore(state: seeded, stateFile: stateFile)
    }

    private static func index(_ users: [UserEntity]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: users.enumerated().map { ($1.id, $0) })
    }

    // MARK: Reading

    /// How many users the account has.
    public var userCount: Int { state.users.count }

    /// The email addresses of every user, in listing order (for tests and tools).
    public var emails: [String] { state.users.map(\.email) }

    var account: AccountEntity { state.account }

    func page(_ request: PageRequest) -> Page<UserEntity> {
        state.users.page(size: request.size, cursor: request.cursor)
    }

    func user(id: String) throws(SandboxError) -> UserEntity {
        guard let index = indexByID[id] else { throw .userNotFound }
        return state.users[index]
    }

    // MARK: Changing

    /// Applies `change` to a copy of the state, saves the copy, then makes it current, so a
    /// change that cannot be saved is not applied at all.
    func mutate<T>(_ change: (inout SandboxState) throws(SandboxError) -> T) throws(SandboxError) -> T {
        guard let stateFile else {
            let result = try change(&state)
            indexByID = Self.index(state.users)
            return result
        }
        var next = state
        let result = try change(&next)
        do { try stateFile.save(next) } catch {
            throw SandboxError(status: 500, message: "Could not save sandbox state: \(error)")
        }
        state = next
        indexByID = Self.index(state.users)
        return result
    }

    private func position(of id: String, in state: SandboxState) throws(SandboxError) -> Int {
        guard let index = indexByID[id], index < state.users.count, state.users[index].id == id else {
            throw .userNotFound
        }
        return index
    }

    private func ensureEmailFree(_ email: String, except id: String? = nil) throws(SandboxError) {
        let lowered = email.lowercased()
        if state.users.contains(where: { $0.email.lowercased() == lowered && $0.id != id }) {
            throw .badRequest("A user with the email address \(email) already exists.")
        }
    }

    /// Creates a user; a service user with API access also gets its first key, returned here
    /// because this is the only time its text is shown.
    func createUser(_ request: CreateUserRequest) throws(SandboxError) -> (user: UserEntity, key: APIKeyEntity?) {
        let email = try Validation.email(Validation.required(request.email, "email"))
        var first = request.firstName?.trimmingCharacters(in: .whitespaces) ?? ""
        var last = request.lastName?.trimmingCharacters(in: .whitespaces) ?? ""
        if first.isEmpty, last.isEmpty, let name = request.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
            let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
            first = parts[0]
            last = parts.count > 1 ? parts[1] : ""
        }
        first = try Validation.required(first, "first_name")
        last = try Validation.required(last, "last_name")
        _ = try Validation.required(request.password, "password")
        let acls = try Validation.acls(request.acls ?? [])
        try ensureEmailFree(email)

        let service = request.serviceUser ?? false
        let apiEnabled = request.apiEnabled ?? true
        let now = VultrDate.string(Date())
        let id = UUID().uuidString.lowercased()
        let key = service && apiEnabled ? newKey(name: "Default", expire: false, dateExpire: "") : nil
        let allowAny = [
            AllowlistEntity(subnet: "0.0.0.0", subnetSize: 0, dateAdded: now, ipType: "v4"),
            AllowlistEntity(subnet: "::", subnetSize: 0, dateAdded: now, ipType: "v6"),
        ]
        return try mutateUnchecked { state in
            let user = UserEntity(
                sequence: state.nextSequence, id: id, firstName: first, lastName: last, email: email,
                apiEnabled: apiEnabled, acls: acls, serviceUser: service,
                status: service ? "active" : "pending", invitedBy: service ? "" : state.account.email,
                invitedOn: now, inviteAccepted: service, lastActivity: "",
                apiKeys: key.map { [$0] } ?? [], allowlist: allowAny)
            state.nextSequence += 1
            state.users.append(user)
            return (user, key)
        }
    }

    func updateUser(id: String, _ changes: UserChanges) throws(SandboxError) {
        let index = try position(of: id, in: state)
        let email = try changes.email.map { (e: String) throws(SandboxError) in try Validation.email(e) }
        if let email { try ensureEmailFree(email, except: id) }
        let acls = try changes.acls.map { (a: [String]) throws(SandboxError) in try Validation.acls(a) }
        try mutate { state in
            if let email { state.users[index].email = email }
            if let acls { state.users[index].acls = acls }
            if let enabled = changes.apiEnabled {
                state.users[index].apiEnabled = enabled
                // Vultr revokes every key of a user whose API access is turned off.
                if !enabled { state.users[index].apiKeys.removeAll() }
            }
        }
    }

    /// Deletes a user, and with it their place in the organization.
    func deleteUser(id: String) throws(SandboxError) {
        let index = try position(of: id, in: state)
        try mutate { state in
            _ = state.users.remove(at: index)
            state.organization?.forget(member: id)
        }
    }

    /// `mutate` for changes that were fully validated beforehand and cannot fail themselves.
    func mutateUnchecked<T>(_ change: (inout SandboxState) -> T) throws(SandboxError) -> T {
        try mutate { (state: inout SandboxState) throws(SandboxError) -> T in change(&state) }
    }

    func newKey(name: String, expire: Bool, dateExpire: String) -> APIKeyEntity {
        APIKeyEntity(id: UUID().uuidString.lowercased(), secret: random.apiKeyText(), name: name,
                     expire: expire, dateExpire: dateExpire, dateCreated: VultrDate.string(Date()))
    }

    func index(ofUser id: String) throws(SandboxError) -> Int { try position(of: id, in: state) }
}
