import Foundation
import VultrValues
import VultrAccess

/// The checks the sandbox makes on IAM requests, each failing with a specific message.
enum IAMValidation {
    static let roleTypes = ["assignable", "assumable"]
    static let trustTypes = ["TemporaryAssumption", "IAMAssumption", "FederatedAssumption"]
    static let defaultPolicyVersion = "2012-10-17"

    /// A name: present, not blank, at most 255 characters, no control characters.
    static func name(_ value: String?, _ field: String) throws(SandboxError) -> String {
        let name = try Validation.required(value, field).trimmingCharacters(in: .whitespaces)
        guard name.count <= 255 else { throw .badRequest("\(field) is longer than 255 characters") }
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .badRequest("\(field) contains a control character")
        }
        return name
    }

    /// `assignable` or `assumable`; an empty or absent type is `assumable`, the document's default.
    static func roleType(_ value: String?) throws(SandboxError) -> String {
        guard let value, !value.isEmpty else { return "assumable" }
        guard roleTypes.contains(value) else {
            throw .badRequest("Invalid role_type: \(value). Valid role types are: \(roleTypes.joined(separator: ", "))")
        }
        return value
    }

    /// A policy document's statements, with `Action` and `Resource` as lists; `Resource`
    /// absent means `*`.
    static func statements(_ statements: [(effect: String?, actions: [String]?, resources: [String]?)]?)
        throws(SandboxError) -> [StatementEntity]
    {
        guard let statements, !statements.isEmpty else {
            throw .badRequest("Invalid policy_document: Statement must hold at least one statement")
        }
        var result: [StatementEntity] = []
        for (number, statement) in zip(1..., statements) {
            let label = "Invalid policy_document: statement \(number)"
            guard let effect = statement.effect, ["Allow", "Deny"].contains(effect) else {
                throw .badRequest("\(label): Effect must be Allow or Deny, not \(statement.effect.map { "'\($0)'" } ?? "absent")")
            }
            guard let actions = statement.actions, !actions.isEmpty else {
                throw .badRequest("\(label): Action must name at least one action")
            }
            for action in actions where !ActionPattern.isWellFormed(action) {
                throw .badRequest("\(label): '\(action)' is not an action (service.resource.Operation, or a pattern with *)")
            }
            let resources = statement.resources ?? ["*"]
            guard !resources.isEmpty, resources.allSatisfy({ !$0.isEmpty }) else {
                throw .badRequest("\(label): Resource must be * or resource ids")
            }
            result.append(StatementEntity(effect: effect, actions: actions, resources: resources))
        }
        return result
    }

    /// Hours of the day `start`-`end`, UTC, with `start` before `end`.
    static func hours(start: Int?, end: Int?) throws(SandboxError) -> HourWindow? {
        guard start != nil || end != nil else { return nil }
        guard let start, let end, (0...23).contains(start), (1...24).contains(end), start < end else {
            throw .badRequest("Invalid conditions.time_of_day: start and end are hours 0-24 with start before end")
        }
        return HourWindow(start: start, end: end)
    }

    /// CIDR blocks, each checked as the allowlist checks a subnet (private ranges allowed here).
    static func ipRanges(_ ranges: [String]?) throws(SandboxError) -> [String] {
        try (ranges ?? []).map { (text: String) throws(SandboxError) -> String in
            let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let size = Int(parts[1]), Validation.isAddress(parts[0]),
                  (0...(parts[0].contains(":") ? 128 : 32)).contains(size)
            else { throw .badRequest("Invalid conditions.ip_address: \(text) is not a CIDR block") }
            return text
        }
    }

    /// An ISO 8601 time in the future, or nothing.
    static func validUntil(_ text: String?) throws(SandboxError) -> String {
        guard let text, !text.isEmpty else { return "" }
        guard let date = VultrDate.parse(text) else {
            throw .badRequest("Invalid valid_until: \(text). Use ISO 8601, e.g. 2030-01-01T00:00:00Z")
        }
        return VultrDate.string(date)
    }
}
