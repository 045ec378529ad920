import VultrAPI

/// `resend invitation EMAIL`: sends a pending invitation again, with a new expiry.
struct ResendInvitation: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "resend", keywords: ["invitation"], parameters: [Invite.emailParameter.parameter],
        summary: "Send an invitation again",
        details: "Send the invitation of an address again, for another 3 days. 'ls invitations' lists them.",
        examples: ["resend invitation grace.quinn@example.com"], changesAccount: true)

    let email: String

    init(_ arguments: ParsedArguments) { email = arguments[Invite.emailParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let email = self.email
        let invitations = try await client.invitations().filter { $0.email.lowercased() == email.lowercased() }
        guard let last = invitations.last else {
            let meant = Suggest.didYouMean(email, among: try await client.invitations().map(\.email))
            throw ShellError("no invitation to \(email)" + (meant ?? "; 'invite \(email)' sends one"))
        }
        guard let invitation = invitations.last(where: { $0.status.lowercased() == "pending" }) else {
            throw ShellError("the invitation to \(email) is \(last.status.lowercased()); only a pending one can be sent again")
        }
        let change = "resend invitation"
        let object = OrganizationObject(kind: .invitation, id: invitation.id, name: invitation.email)
        let plan = PlannedChange.needed(.object(object), change, journal: JournalFacts(kind: .resendInvitation, object: object)) {
            _ = try await client.resendInvitation(id: invitation.id)
            return ChangeEffect()
        }
        return await ChangeEngine.run([plan], change, in: context)
    }
}
