import Foundation
import VultrAPI

/// `trust ROLE user=U [until=DATE] [hours=9-17] [from=CIDR]`: lets a user take up an assumable
/// role, within limits.
struct Trust: ShellCommand {
    static let roleName: TypedParameter<String> = .one("role", .named(.role))
    static let userOption: TypedOption<UserRef> = .required("user", .user, placeholder: "user")
    static let untilOption: TypedOption<Date?> = .optional("until", .date, placeholder: "date")
    static let hoursOption: TypedOption<String?> = .optional("hours", .text, placeholder: "9-17")
    static let fromOption: TypedOption<CIDRBlock?> = .optional("from", .cidr, placeholder: "cidr")

    static let syntax = CommandSyntax(
        verb: "trust", parameters: [roleName.parameter],
        options: [userOption.spec, untilOption.spec, hoursOption.spec, fromOption.spec],
        summary: "Let a user take up an assumable role",
        details: """
        Create a role trust: the user may assume the role (only assumable roles have trusts), \
        until a date (a day alone means its start, 00:00 UTC: until=2027-02-01 covers all of \
        January; or a time from now, until=90d), between hours (UTC, e.g. 9-17), from a subnet. The same trust already \
        there is reported unchanged; one with other terms is added beside the user's others, which vus \
        names. 'ls trusts ROLE' lists them; 'rm trust' or 'undo' removes it.
        """,
        examples: ["trust break-glass user=alice.anderson@example.com until=90d hours=8-18 from=203.0.113.0/24"],
        changesAccount: true)

    let role: String
    let user: UserRef
    let until: Date?
    let hours: ClosedRange<Int>?
    let from: CIDRBlock?

    init(_ arguments: ParsedArguments) throws(Diagnostic) {
        role = arguments[Self.roleName]
        user = arguments[Self.userOption]
        until = arguments[Self.untilOption]
        from = arguments[Self.fromOption]
        hours = try arguments[Self.hoursOption].map { text throws(Diagnostic) in
            let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            // As Vultr takes them: from an hour 0-23 to a later one 1-24 (0-24 is the whole day).
            guard parts.count == 2, let start = parts[0], let end = parts[1], (0...23).contains(start), (1...24).contains(end), start < end else {
                throw arguments.invalid("hours", "hours= takes a range of UTC hours such as 9-17 (from 0-23 to a later hour up to 24), got '\(text)'")
            }
            return start...end
        }
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let role = try await context.role(named: self.role)
        guard role.kind == .assumable else {
            throw ShellError("role \(role.name) is assignable: it is given with 'role add', and only an assumable role has trusts")
        }
        let user = try await context.target(self.user, command: "trust")
        let terms = VultrClient.TrustTerms(roleID: role.id, userID: user.id, hours: hours,
                                           fromAddresses: from.map { [$0.description] }, validUntil: until)
        // The record's subject is the trust in the role; its change names whom it trusts, as 'rm trust' does.
        let change = "trust \(user.label)"
        let matches: @Sendable (RoleTrust) -> Bool = { [hours, from, until] trust in
            trust.userID == user.id && trust.hours == hours && trust.fromAddresses == (from.map { [$0.description] } ?? [])
                && VultrDate.parse(trust.validUntil) == until
        }
        let find: @Sendable () async throws -> RoleTrust? = { try await client.roleTrusts(roleID: role.id).first(where: matches) }
        let current = try await client.roleTrusts(roleID: role.id)
        let others = current.filter { $0.userID == user.id && !matches($0) }
        let plan: PlannedChange
        if let existing = current.first(where: matches) {
            plan = .alreadyTrue(.object(OrganizationObject(kind: .trust, id: existing.id, name: role.name)), change, reason: "already trusted")
        } else {
            plan = OrganizationPlans.create(OrganizationObject(kind: .trust, id: "", name: role.name), change: change,
                                            find: { try await find().map { OrganizationObject(kind: .trust, id: $0.id, name: role.name) } }) {
                OrganizationObject(kind: .trust, id: try await client.createRoleTrust(terms).id, name: role.name)
            }
        }
        var result = await ChangeEngine.run([plan], "trust \(role.name) \(user.label)", in: context)
        if !others.isEmpty {
            // Vultr keeps every trust: a new one with other terms stands beside the old, not in its place.
            let ids = others.map { String($0.id.prefix(RemoveTrust.shortestIDPrefix)) }.joined(separator: ", ")
            result.notes.append("\(user.label) \(plan.send == nil ? "also has" : "already had") \(Plural.count(others.count, "other trust")) "
                + "in \(role.name) (\(ids)), which stay\(others.count == 1 ? "s" : ""): 'rm trust ID' deletes one")
        }
        return result
    }
}
