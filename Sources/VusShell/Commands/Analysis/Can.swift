import VultrAccess
import VultrAPI

/// `can USER ACTION [RESOURCE]`: whether a member may do an action, and why.
struct Can: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "can", parameters: [userParameter.parameter, actionParameter.parameter, resourceParameter.parameter],
        options: [freshOption.spec],
        summary: "Say whether a user may do an action, and why",
        details: """
        Decide whether USER may do ACTION (on RESOURCE, an id, when given) from the organization's \
        groups, roles and policies, and say why: every path that allows it (group → role → policy, \
        statement), the Deny statement that forbids it, or that nothing allows it. Without a resource, \
        'partial' means only some resources are allowed, listed. The rules are vus's reading, as \
        Vultr does not state them: a matching Deny wins over any Allow; otherwise a matching Allow \
        allows; otherwise the answer is deny. Actions match without regard to case, with * wildcards. \
        A legacy ACL x grants user.acl.X; the account owner may do anything; a suspended member \
        nothing. A role a user may assume counts as theirs: one assigned to them, or one a role trust \
        lets them (or a group of theirs) assume until it ends; the path shows the trust's hours and \
        addresses, which limit when and where, not whether. Whether the user's API access is on is \
        shown beside the decision: it decides whether the permission can be used through the API. The \
        organization is read once and kept (also between runs, in the cache folder); 'fresh' reads it \
        again. Exit status 0 whatever the decision; use --format json for the decision as data.
        """,
        examples: ["can bob.hughes@example.com compute.instance.Delete", "can alice.anderson@example.com account.billing.Read fresh"])

    static let userParameter: TypedParameter<UserRef> = .one("user", .user)
    static let actionParameter: TypedParameter<String> = .one("action", .action)
    static let resourceParameter: TypedParameter<String?> = .optional("resource", .text)
    /// `fresh`: read the organization again rather than from the cache (every analysis takes it).
    static let freshOption: TypedOption<Bool> = .flag("fresh")

    let user: UserRef
    let action: String
    let resource: String?
    let fresh: Bool

    init(_ arguments: ParsedArguments) {
        user = arguments[Self.userParameter]
        action = arguments[Self.actionParameter]
        resource = arguments[Self.resourceParameter]
        fresh = arguments[Self.freshOption]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let target = try await context.resolver.resolve(user)
        let (access, note) = try await context.organizationAccess(fresh: fresh)
        let member = try access.user(target)
        let decision = try access.graph.decide(user: member.id, action: action, resource: resource)
        let record = AccessDecisionRecord(email: member.email, action: action, resource: resource, decision)
        return CommandResult(.record(record), notes: [note])
    }
}
