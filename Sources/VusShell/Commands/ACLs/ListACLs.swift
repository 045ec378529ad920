import VultrAPI

/// `ls acls`: the permissions Vultr knows, with what each allows.
struct ListACLs: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "ls", keywords: ["acls"],
        summary: "List the ACL names and what each allows",
        details: "List the permissions ('acl add' and filters take these names).",
        examples: ["ls acls"], needsAccount: false)

    init(_ arguments: ParsedArguments) {}

    func run(in context: CommandContext) async throws -> CommandResult {
        CommandResult(.list(RecordList(ACL.known.map { ACLRecord(name: $0.rawValue, description: $0.summary) },
                                       empty: "(no ACLs)")))
    }
}
