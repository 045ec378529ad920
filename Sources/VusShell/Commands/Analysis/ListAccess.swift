import VultrAccess
import VultrAPI

/// `ls access [user]`: the statements that apply to a user, flattened, with what wildcards cover.
struct ListAccess: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["access"], parameters: [Self.userParameter.parameter],
        options: [Can.freshOption.spec],
        summary: "List what a user may do: every statement that applies, and its path",
        details: """
        List every statement that applies to one user (the selection by default): from policies \
        attached to them, to their groups, and inside their roles, their groups' roles and the roles a \
        trust lets them or their groups assume, and their legacy ACLs. Each row gives the effect, the \
        actions, the resources, the path it comes through, and the published actions a wildcard covers \
        (all of them under --format json). A suspended member's statements are listed but none \
        applies.
        """,
        examples: ["ls access bob.hughes@example.com", "ls access #1"])

    let user: UserRef?
    let fresh: Bool

    static let userParameter: TypedParameter<UserRef?> = .userOrSelection

    init(_ arguments: ParsedArguments) {
        user = arguments[Self.userParameter]
        fresh = arguments[Can.freshOption]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let target = try await context.target(user, command: "ls access")
        let (access, note) = try await context.organizationAccess(fresh: fresh)
        let member = try access.user(target)
        let effective = try access.graph.effectiveAccess(user: member.id)
        var notes = [note, "API access is \(Toggle.word(member.apiEnabled)) for \(member.email)"]
        if member.isSuspended { notes.append("\(member.email) is suspended: none of these applies") }
        let records = effective.statements.map(EffectiveStatementRecord.init)
        return CommandResult(.list(RecordList(records, empty: "(no statement applies to \(member.email))")), notes: notes)
    }
}
