import VultrAPI

extension CommandRegistry where Command == any ShellCommand {
    /// The language vus speaks.
    public static let standard = ShellRegistry(standardCommands)

    /// vus's commands, in `help`'s order. Adding a command is one file with its type and one
    /// line here.
    public static let standardCommands: [any ShellCommand.Type] = [
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
    ]
}

extension ParserContext where Command == any ShellCommand {
    /// A context for the shell's language: vus's commands and Vultr's ACL names unless told.
    public init(sourceName: String, variables: [String: String] = [:], environment: [String: String] = [:],
                knownACLs: [String] = ACL.known.map(\.rawValue), registry: ShellRegistry = .standard,
                isInteractive: Bool = false) {
        self.init(sourceName: sourceName, variables: variables, environment: environment, knownACLs: knownACLs,
                  commands: registry, isInteractive: isInteractive)
    }
}

extension CommandContext {
    /// A context for vus's own commands (`help` lists them).
    public init(session: Session, prompter: (any Prompter)?, changes: ChangeLog = ChangeLog(), progress: ProgressLine? = nil) {
        self.init(session: session, prompter: prompter, changes: changes, registry: .standard, progress: progress)
    }
}
