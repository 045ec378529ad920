import Foundation
import VultrAccess
import VultrValues

/// An access review written down: Markdown for people (dated, naming the account), JSON or YAML
/// with every member and finding, or CSV with one row per finding.
struct AccessReviewDocument: Encodable {
    var account: String
    var organization: String
    var date: String
    var members: [Member]
    var findings: [Finding]

    struct Member: Encodable {
        var email: String
        var apiEnabled: Bool
        var owner: Bool
        var suspended: Bool
        var serviceUser: Bool
        var keys: [Key]
        var lastActivity: String?
        var groups: [String]
        var roles: [String]
        var groupRoles: [String]
        var trustedRoles: [String]
        var directPolicies: [String]

        enum CodingKeys: String, CodingKey {
            case email, owner, suspended, keys, groups, roles
            case apiEnabled = "api_enabled", serviceUser = "service_user", lastActivity = "last_activity"
            case groupRoles = "group_roles", trustedRoles = "trusted_roles", directPolicies = "direct_policies"
        }
    }

    struct Key: Encodable {
        var name: String
        /// ISO 8601, or `never`.
        var expires: String
    }

    struct Finding: Encodable {
        var kind: String
        var subject: String
        var detail: String
        var via: String?
    }

    init(_ review: AccessReview, account: String, organization: String) {
        self.account = account
        self.organization = organization
        date = review.now.formatted(.iso8601)
        members = review.rows.map { row in
            Member(email: row.email, apiEnabled: row.apiEnabled, owner: row.isOwner, suspended: row.isSuspended,
                   serviceUser: row.isServiceUser,
                   keys: row.keys.map { Key(name: $0.name, expires: $0.dateExpire?.formatted(.iso8601) ?? "never") },
                   lastActivity: row.lastActivity?.formatted(.iso8601), groups: row.groups, roles: row.roles,
                   groupRoles: row.groupRoles, trustedRoles: row.trustedRoles, directPolicies: row.directPolicies)
        }
        findings = review.findings.map { Finding(kind: $0.kind.rawValue, subject: $0.subject, detail: $0.detail, via: $0.path?.description) }
    }

    func text(_ format: OutputFormat) -> String {
        switch format {
        case .json, .jsonl: Encoding.json(self) + "\n"
        case .yaml: Encoding.yaml(self)
        case .csv: ([CSV.line(["kind", "subject", "detail", "via"])] + findings.map { CSV.line([$0.kind, $0.subject, $0.detail, $0.via ?? ""]) }).joined()
        case .table: markdown
        }
    }

    /// The review for people.
    var markdown: String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        func list(_ items: [String]) -> String { items.isEmpty ? "-" : cell(items.joined(separator: ", ")) }
        var lines = ["# Access review of \(account)", "",
                     "Organization \(organization), \(date). \(Plural.count(members.count, "member")), \(Plural.count(findings.count, "finding")).", ""]
        lines += ["## Findings", ""]
        if findings.isEmpty { lines.append("None.") }
        for finding in findings {
            lines.append("- **\(finding.kind)** \(cell(finding.subject)): \(cell(finding.detail))" + (finding.via.map { " (via \(cell($0)))" } ?? ""))
        }
        lines += ["", "## Members", "",
                  "| Member | API | Keys | Last activity | Groups | Roles | Direct policies |",
                  "|---|---|---|---|---|---|---|"]
        for member in members {
            let status = member.owner ? " (owner)" : member.suspended ? " (suspended)" : member.serviceUser ? " (service user)" : ""
            let keys = member.keys.map { "\($0.name) (\($0.expires == "never" ? "never expires" : "expires \($0.expires)"))" }
            let roles = member.roles + member.groupRoles.map { "\($0) (via group)" } + member.trustedRoles.map { "\($0) (by trust)" }
            lines.append("| \(cell(member.email))\(status) | \(Toggle.word(member.apiEnabled)) | \(list(keys)) | "
                + "\(member.lastActivity ?? "never") | \(list(member.groups)) | \(list(roles)) | \(list(member.directPolicies)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
