import VultrAPI

/// `unsuspend [user]`: lifts members' suspension; their groups, roles and policies apply again.
struct Unsuspend: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "unsuspend", parameters: [Suspend.userParameter.parameter],
        summary: "Lift members' suspension",
        details: """
        Lift the suspension of a member (the selection by default): their groups, roles and \
        policies apply again. A member not suspended is reported unchanged.
        """,
        examples: ["unsuspend niaj.zimmermann@contractor.com"], changesAccount: true)

    let user: UserRef?

    init(_ arguments: ParsedArguments) { user = arguments[Suspend.userParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        try await Suspend.change(suspend: false, user, in: context)
    }
}
