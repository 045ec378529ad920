import Foundation
import VultrOpenAPI

/// Role trusts, and the views of a user's groups, roles and policies.
extension VultrClient {
    /// What a role trust grants; `nil` leaves a field out (on update: as it is).
    public struct TrustTerms: Sendable, Equatable {
        public var roleID: String?
        public var userID: String?
        public var groupID: String?
        public var hours: ClosedRange<Int>?
        public var fromAddresses: [String]?
        public var validUntil: Date?

        public init(roleID: String? = nil, userID: String? = nil, groupID: String? = nil, hours: ClosedRange<Int>? = nil,
                    fromAddresses: [String]? = nil, validUntil: Date? = nil) {
            self.roleID = roleID
            self.userID = userID
            self.groupID = groupID
            self.hours = hours
            self.fromAddresses = fromAddresses
            self.validUntil = validUntil
        }

        var wire: Components.Schemas.RoleTrustRequest {
            let conditions: Components.Schemas.TrustConditions? = hours == nil && fromAddresses == nil ? nil : .init(
                timeOfDay: hours.map { .init(start: $0.lowerBound, end: $0.upperBound) }, ipAddress: fromAddresses)
            return .init(roleId: roleID, trustType: "TemporaryAssumption", trustedUserId: userID, trustedGroupId: groupID,
                         conditions: conditions, validUntil: validUntil.map { $0.formatted(.iso8601) })
        }
    }

    public func roleTrusts() async throws -> [RoleTrust] {
        try await collect("role trusts") { perPage, cursor in
            try await perform("list role trusts") {
                let output = try await client.listIamRoleTrusts(query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: body.roleTrusts.map(RoleTrust.init), meta: body.meta)
            }
        }
    }

    public func roleTrusts(roleID: String) async throws -> [RoleTrust] {
        try await collect("role trusts") { perPage, cursor in
            try await perform("list trusts of role \(roleID)") {
                let output = try await client.listIamRoleTrustsByRole(path: .init(roleId: roleID), query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                return ListPage(items: body.roleTrusts.map(RoleTrust.init), meta: body.meta)
            }
        }
    }

    /// The trusts through which a user may assume a role, directly or through a group.
    public func assumableRoles(userID: String) async throws -> [RoleTrust] {
        try await collect("assumable roles") { perPage, cursor in
            try await perform("list assumable roles of user", userID: userID) {
                let output = try await client.listIamAssumableRoles(path: .init(memberId: userID), query: .init(perPage: perPage, cursor: cursor))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                let body = try ok.body.json
                let trusts = body.assumableRoles.map { $0.map(RoleTrust.init) }
                    ?? (body.roles ?? []).map { RoleTrust(id: "", roleID: $0.id, roleName: $0.name, userID: userID) }
                return ListPage(items: trusts, meta: body.meta)
            }
        }
    }

    public func roleTrust(id: String) async throws -> RoleTrust {
        try await perform("get role trust \(id)") {
            let output = try await client.getIamRoleTrust(path: .init(roleTrustId: id))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try RoleTrust(ok.body.json)
        }
    }

    /// Lets a user or group assume an assumable role (`terms.roleID` is required).
    public func createRoleTrust(_ terms: TrustTerms) async throws -> RoleTrust {
        try await perform("create role trust") {
            let output = try await client.createIamRoleTrust(body: .json(terms.wire))
            guard case .created(let created) = output else { throw Self.unexpected(output) }
            return try RoleTrust(created.body.json)
        }
    }

    public func updateRoleTrust(id: String, _ terms: TrustTerms) async throws -> RoleTrust {
        try await perform("update role trust \(id)") {
            let output = try await client.updateIamRoleTrust(path: .init(roleTrustId: id), body: .json(terms.wire))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try RoleTrust(ok.body.json)
        }
    }

    public func deleteRoleTrust(id: String) async throws {
        try await perform("delete role trust \(id)") {
            let output = try await client.deleteIamRoleTrust(path: .init(roleTrustId: id))
            guard case .noContent = output else { throw Self.unexpected(output) }
        }
    }

    public func restoreRoleTrust(id: String) async throws -> RoleTrust {
        try await perform("restore role trust \(id)") {
            let output = try await client.restoreIamRoleTrust(path: .init(roleTrustId: id))
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return try RoleTrust(ok.body.json)
        }
    }

    // MARK: A user's views (`nil` for the key's own user)

    public func groups(userID: String?) async throws -> [Group] {
        try await collect("groups of user") { perPage, cursor in
            try await perform("list groups of user", userID: userID) {
                let query = (perPage: perPage, cursor: cursor)
                let body: Components.Schemas.GroupList
                if let userID {
                    let output = try await client.listIamUserGroups(path: .init(userId: userID), query: .init(perPage: query.perPage, cursor: query.cursor))
                    guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                    body = try ok.body.json
                } else {
                    let output = try await client.listIamCurrentUserGroups(query: .init(perPage: query.perPage, cursor: query.cursor))
                    guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                    body = try ok.body.json
                }
                return ListPage(items: body.groups.map(Group.init), meta: body.meta)
            }
        }
    }

    /// A user's roles: assigned to them, and inherited through their groups.
    public func roles(userID: String?) async throws -> Held<RoleReference> {
        try await perform("list roles of user", userID: userID) {
            if let userID {
                let output = try await client.listIamUserRoles(path: .init(userId: userID))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                return Held(try ok.body.json.roles)
            }
            let output = try await client.listIamCurrentUserRoles()
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return Held(try ok.body.json.roles)
        }
    }

    /// A user's policies: attached to them, and inherited through their groups and roles.
    public func policies(userID: String?) async throws -> Held<PolicyReference> {
        try await perform("list policies of user", userID: userID) {
            if let userID {
                let output = try await client.listIamUserPolicies(path: .init(userId: userID))
                guard case .ok(let ok) = output else { throw Self.unexpected(output) }
                return Held(try ok.body.json.policies)
            }
            let output = try await client.listIamCurrentUserPolicies()
            guard case .ok(let ok) = output else { throw Self.unexpected(output) }
            return Held(try ok.body.json.policies)
        }
    }
}
