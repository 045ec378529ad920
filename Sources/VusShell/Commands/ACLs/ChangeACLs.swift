import VultrAPI

/// `acl add|rm <acl>...`, `acl set [acl...]`: grants, revokes or replaces the ACLs of the
/// selected users.
struct ChangeACLs: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "acl", keywords: .all(Operation.self), parameters: [names.parameter],
        summary: "Grant, revoke or replace the ACLs of the selected users",
        details: """
        Grant (add) or revoke (rm) ACLs, or replace them all (set) for every selected user. \
        'acl set' without names removes all ACLs. Names may also be comma-separated; 'ls acls' \
        lists them.
        """,
        examples: ["acl add billing support", "acl rm support", "acl set dns,firewall"], changesAccount: true)

    enum Operation: String, Sendable, CaseIterable { case add, rm, set }

    static let names: TypedParameter<[String]> = .acls("acl")

    let operation: Operation
    let names: [String]

    init(_ arguments: ParsedArguments) throws(Diagnostic) {
        operation = arguments.keyword(Operation.self)
        names = arguments[Self.names]
        if names.isEmpty && operation != .set {
            throw arguments.missing("'acl \(operation.rawValue)' needs at least one ACL name; 'ls acls' lists them")
        }
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let change = (["acl", operation.rawValue] + names).joined(separator: " ")
        let users = try await context.refreshed(try await context.targets(nil, command: "acl \(operation.rawValue)"))
        let (acls, operation) = (names.map { ACL(rawValue: $0) }, self.operation)
        let plans = try users.map { user in
            try UserChangePlan.update(user, change, context: context, mergesWithCurrent: operation != .set) { fresh in
                switch operation {
                case .add: UserUpdate(acls: fresh.acls + acls.filter { !fresh.acls.contains($0) })
                case .rm: UserUpdate(acls: fresh.acls.filter { !acls.contains($0) })
                case .set: UserUpdate(acls: acls)
                }
            }
        }
        return await ChangeEngine.run(plans, change, in: context)
    }
}
