import Foundation
import VultrValues

/// Role trusts: who may assume an assumable role, and when.
extension SandboxStore {
    /// What a create or update asks for, already decoded; `nil` leaves a field as it is.
    struct TrustChanges: Sendable {
        var roleID: String?
        var type: String?
        var userID: String?
        var groupID: String?
        var hoursStart: Int?
        var hoursEnd: Int?
        var ipRanges: [String]?
        var validUntil: String?
    }

    func trusts() throws(SandboxError) -> [RoleTrustEntity] { try organizationState().trusts.filter { !$0.deleted } }

    func trust(id: String, includingDeleted: Bool = false) throws(SandboxError) -> RoleTrustEntity {
        try organizationState().trusts[trustIndex(id, includingDeleted: includingDeleted)]
    }

    private func trustIndex(_ id: String, includingDeleted: Bool = false) throws(SandboxError) -> Int {
        guard let index = try organizationState().trusts.firstIndex(where: { $0.id == id && (includingDeleted || !$0.deleted) }) else {
            throw .notFound("Role trust not found.")
        }
        return index
    }

    func trusts(ofRole roleID: String) throws(SandboxError) -> [RoleTrustEntity] {
        _ = try role(id: roleID)
        return try trusts().filter { $0.roleID == roleID }
    }

    /// The trusts through which a user may assume a role: naming them, or a group of theirs.
    func assumableTrusts(userID: String) throws(SandboxError) -> [RoleTrustEntity] {
        let groups = Set(try groups(ofUser: userID).map(\.id))
        let liveRoles = Set(try roles().map(\.id))
        return try trusts().filter { trust in
            liveRoles.contains(trust.roleID) && (trust.userID == userID || trust.groupID.map(groups.contains) == true)
        }
    }

    func createTrust(_ request: TrustChanges) throws(SandboxError) -> RoleTrustEntity {
        let trust = try checked(RoleTrustEntity(
            sequence: 0, id: UUID().uuidString.lowercased(), roleID: "", type: "TemporaryAssumption",
            userID: nil, groupID: nil, hours: nil, ipRanges: [], validUntil: "",
            dateCreated: VultrDate.string(Date()), deleted: false), applying: request, creating: true)
        return try mutateOrganization { organization in
            var trust = trust
            trust.sequence = organization.takeSequence()
            organization.trusts.append(trust)
            return trust
        }
    }

    func updateTrust(id: String, _ request: TrustChanges) throws(SandboxError) -> RoleTrustEntity {
        let index = try trustIndex(id)
        let trust = try checked(try organizationState().trusts[index], applying: request, creating: false)
        return try mutateOrganization { organization in
            organization.trusts[index] = trust
            return trust
        }
    }

    func deleteTrust(id: String) throws(SandboxError) {
        let index = try trustIndex(id)
        try mutateOrganization { organization in organization.trusts[index].deleted = true }
    }

    func restoreTrust(id: String) throws(SandboxError) -> RoleTrustEntity {
        let index = try trustIndex(id, includingDeleted: true)
        return try mutateOrganization { organization in
            organization.trusts[index].deleted = false
            return organization.trusts[index]
        }
    }

    /// `trust` with `request` applied, checked whole: an assumable role; a supported type; one
    /// trusted user or group that exists; sound conditions.
    private func checked(_ trust: RoleTrustEntity, applying request: TrustChanges, creating: Bool) throws(SandboxError) -> RoleTrustEntity {
        var trust = trust
        if creating { trust.roleID = try Validation.required(request.roleID, "role_id") }
        else if let roleID = request.roleID, !roleID.isEmpty { trust.roleID = roleID }
        let role = try role(id: trust.roleID)
        guard role.type == "assumable" else {
            throw .badRequest("Role \(role.name) is assignable; only assumable roles can have a role trust.")
        }
        if let type = request.type, !type.isEmpty {
            guard IAMValidation.trustTypes.contains(type) else {
                throw .badRequest("Invalid trust_type: \(type). Valid trust types are: \(IAMValidation.trustTypes.joined(separator: ", "))")
            }
            guard type != "FederatedAssumption" else {
                throw .badRequest("FederatedAssumption needs an OIDC issuer, which this sandbox does not emulate.")
            }
            trust.type = type
        }
        if let userID = request.userID, !userID.isEmpty { trust.userID = try user(id: userID).id; trust.groupID = nil }
        if let groupID = request.groupID, !groupID.isEmpty { trust.groupID = try group(id: groupID).id; trust.userID = nil }
        if request.userID?.isEmpty == false, request.groupID?.isEmpty == false {
            throw .badRequest("Name one of trusted_user_id and trusted_group_id, not both.")
        }
        guard trust.userID != nil || trust.groupID != nil else {
            throw .badRequest("Missing required field: trusted_user_id or trusted_group_id")
        }
        if request.hoursStart != nil || request.hoursEnd != nil {
            trust.hours = try IAMValidation.hours(start: request.hoursStart, end: request.hoursEnd)
        }
        if let ranges = request.ipRanges { trust.ipRanges = try IAMValidation.ipRanges(ranges) }
        if let validUntil = request.validUntil { trust.validUntil = try IAMValidation.validUntil(validUntil) }
        return trust
    }
}
