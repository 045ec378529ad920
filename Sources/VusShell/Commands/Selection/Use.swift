import VultrAPI

/// `use <user>` selects one user; `use` alone shows the selection.
struct Use: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "use", parameters: [Self.userParameter.parameter],
        summary: "Select the user that later commands act on, or show the selection",
        details: """
        Select one user by email, id, unambiguous prefix of either, or row number (#N). \
        Without arguments, show the selection. If the user cannot be found, nothing stays \
        selected, so a later command never acts on an earlier choice.
        """,
        examples: ["use alice.anderson@example.com", "use"])

    let user: UserRef?

    static let userParameter: TypedParameter<UserRef?> = .userOrSelection

    init(_ arguments: ParsedArguments) { user = arguments[Self.userParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let session = context.session
        guard let user else {
            switch session.state.selection {
            case .none:
                return .note("nothing selected; 'use <user>' or 'use users <filters>'")
            case .user(let selected):
                return CommandResult(.list(RecordList([selected], empty: "", tableSummary: "using \(Self.label(selected))")))
            case .users(let users, let filters):
                return CommandResult(.list(context.numberedRows(users, empty: "(no users)")),
                                     notes: ["\(Plural.count(users.count, "user")) matching \(filters)"])
            }
        }
        session.state.selection = .none
        do {
            let selected = try await context.resolver.resolve(user)
            session.state.selection = .user(selected)
            return CommandResult(.list(RecordList([selected], empty: "", tableSummary: "using \(Self.label(selected))")))
        } catch {
            // After a question ("did you mean …?"), a sentence of its own.
            let reason = "\(error)"
            throw ShellError(reason.hasSuffix("?") ? "\(reason) Nothing is selected now." : "\(reason); nothing is selected now")
        }
    }

    static func label(_ user: User) -> String { "\(user.label) (\(user.displayName))" }
}
