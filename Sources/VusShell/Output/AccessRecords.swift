import Foundation
import VultrAccess

/// A decision of `can` or a row of `who can`: who, what, the verdict and the paths behind it.
struct AccessDecisionRecord: Record {
    var email: String
    var action: String
    var resource: String?
    /// `allow`, `deny` or `partial`.
    var decision: String
    /// For `partial`: the resource ids it is allowed on.
    var resources: [String]?
    /// For `allow` without a resource asked: the ids a Deny names, where it is not allowed.
    var except: [String]?
    var via: [String]
    var reason: String
    var apiEnabled: Bool

    init(email: String, action: String, resource: String?, _ decision: AccessDecision) {
        self.email = email
        self.action = action
        self.resource = resource
        switch decision.outcome {
        case .allow: self.decision = "allow"
        case .deny: self.decision = "deny"
        case .partial(let resources):
            self.decision = "partial"
            self.resources = resources
        }
        except = decision.exceptions.isEmpty ? nil : decision.exceptions
        via = decision.via.map(\.description)
        reason = decision.reason
        apiEnabled = decision.apiEnabled
    }

    enum CodingKeys: String, CodingKey {
        case email, action, resource, decision, resources, except, via, reason
        case apiEnabled = "api_enabled"
    }

    static let tableColumns = ["EMAIL", "DECISION", "API", "WHY"]
    var tableCells: [String] {
        let verdict = resources.map { "partial (\($0.joined(separator: ", ")))" }
            ?? except.map { "\(decision) (except \($0.joined(separator: ", ")))" } ?? decision
        return [email, verdict, Toggle.word(apiEnabled), via.isEmpty ? reason : via.joined(separator: "; ")]
    }
    static let csvColumns = ["email", "action", "resource", "decision", "resources", "except", "via", "reason", "api_enabled"]
    var csvCells: [String] {
        [email, action, resource ?? "", decision, (resources ?? []).joined(separator: " "), (except ?? []).joined(separator: " "),
         via.joined(separator: "; "), reason, String(apiEnabled)]
    }
    var quietText: String { email }
}

/// One statement that applies to a user, for `ls access`: where it comes from, what it does, and
/// the published actions a wildcard covers.
struct EffectiveStatementRecord: Record {
    var effect: String
    var actions: [String]
    var resources: [String]
    var via: String
    var covers: [String]

    init(_ statement: EffectiveStatement) {
        effect = statement.effect.rawValue
        actions = statement.path.statement.actions
        resources = statement.path.statement.resources
        via = statement.path.description
        covers = statement.coveredActions
    }

    static let tableColumns = ["EFFECT", "ACTIONS", "RESOURCES", "COVERS", "VIA"]
    var tableCells: [String] {
        [effect, actions.joined(separator: ","), resources.joined(separator: ","),
         covers.count == 1 ? covers[0] : "\(covers.count) actions", via]
    }
    static let csvColumns = ["effect", "actions", "resources", "covers", "via"]
    var csvCells: [String] {
        [effect, actions.joined(separator: " "), resources.joined(separator: " "), covers.joined(separator: " "), via]
    }
    var quietText: String { actions.joined(separator: ",") }
}
