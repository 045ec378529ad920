/// The commands the shell understands, in the order `help` lists them. Adding a command is one
/// file with its type and one line here.
public struct CommandRegistry: Sendable {
    /// Every command type.
    public let commands: [any ShellCommand.Type]

    /// Creates a registry of `commands`.
    public init(_ commands: [any ShellCommand.Type]) {
        self.commands = commands
    }

    /// The language vus speaks.
    public static let standard = CommandRegistry([
        ListUsers.self, ListACLs.self, ListKeys.self, ListAllowlist.self,
        ListGroups.self, ListRoles.self, ListPolicies.self, ListInvitations.self, ListTrusts.self,
        Use.self, UseUsers.self, ClearSelection.self,
        ShowUser.self, ShowGroup.self, ShowRole.self, ShowPolicy.self, WhoAmI.self,
        ShowAPI.self, ChangeAPI.self,
        ChangeACLs.self,
        ChangeEmail.self, CreateUser.self, RemoveUser.self,
        NewKey.self, RemoveKey.self,
        ChangeAllowlist.self,
        ChangeGroupMembers.self, ChangeRoles.self, ChangePolicies.self,
        CreateGroup.self, CreateRole.self, CreatePolicy.self, RemoveObject.self, RestoreObject.self,
        Suspend.self, Unsuspend.self, RemoveMember.self, Invite.self, ResendInvitation.self,
        Trust.self, RemoveTrust.self,
        ListRuns.self, ListChanges.self, Undo.self,
        ExportUsers.self, Plan.self, Apply.self,
        Can.self, WhoCan.self, ListAccess.self, Review.self,
        SetFormat.self, SetOnError.self, SetDryRun.self, ListSettings.self, Let.self,
        Echo.self, Source.self, Help.self, Exit.self,
    ])

    /// The forms of `verb` (canonical or alias, any case), in registry order.
    func forms(of verb: String) -> [any ShellCommand.Type] {
        guard let canonical = canonicalVerb(verb) else { return [] }
        return commands.filter { $0.syntax.verb == canonical }
    }

    /// The command words, each once, in registry order.
    public var verbs: [String] {
        var seen: [String] = []
        for command in commands where !seen.contains(command.syntax.verb) { seen.append(command.syntax.verb) }
        return seen
    }

    /// Command words and their aliases, for suggestions and completion.
    public var names: [String] {
        verbs + commands.flatMap({ $0.syntax.verbAliases }).filter { !verbs.contains($0) }
    }

    /// The canonical command word for `name` (`quit` gives `exit`), or `nil`.
    public func canonicalVerb(_ name: String) -> String? {
        let lowered = name.lowercased()
        return commands.first { $0.syntax.verb == lowered || $0.syntax.verbAliases.contains(lowered) }?.syntax.verb
    }

    /// `unknown command 'alc'; did you mean 'acl'?`, or a pointer to `help`.
    func unknownCommandMessage(_ name: String) -> String {
        if let suggestion = Suggest.closest(name, among: names) {
            return "unknown command '\(name)'; did you mean '\(suggestion)'?"
        }
        return "unknown command '\(name)'; type 'help' for the list of commands"
    }
}
