import VultrAPI

/// `invite EMAIL [api=on|off]`: invites someone into the organization.
struct Invite: ShellCommand {
    static let emailParameter: TypedParameter<String> = .one("email", .email)
    static let apiOption: TypedOption<Bool?> = .optional("api", .toggle, placeholder: "on|off")

    static let syntax = CommandSyntax(
        verb: "invite", parameters: [emailParameter.parameter], options: [apiOption.spec],
        summary: "Invite someone into the organization",
        details: """
        Send an invitation to an address (API access off unless api=on); it expires in 3 days \
        ('resend invitation EMAIL' sends it again). An address already invited and pending, or \
        already a member, is reported unchanged. An invitation cannot be withdrawn through the \
        API, so 'undo' says so rather than pretend.
        """,
        examples: ["invite dana@example.com", "invite erin@example.com api=on"], changesAccount: true)

    let email: String
    let apiEnabled: Bool?

    init(_ arguments: ParsedArguments) {
        email = arguments[Self.emailParameter]
        apiEnabled = arguments[Self.apiOption]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let (email, apiEnabled) = (self.email, self.apiEnabled ?? false)
        let change = "invite \(email)"
        let subject = OrganizationObject(kind: .invitation, id: "", name: email)
        let pending: @Sendable () async throws -> Invitation? = {
            try await client.invitations().last { $0.email.lowercased() == email.lowercased() && $0.status.lowercased() == "pending" }
        }
        let plan: PlannedChange
        if try await context.session.users.all().contains(where: { $0.email?.lowercased() == email.lowercased() && $0.status != .pending }) {
            plan = .alreadyTrue(.object(subject), change, reason: "already a member")
        } else if let invitation = try await pending() {
            // Exactly what was typed: a pending invitation with other API access is not this one.
            if let wanted = self.apiEnabled, let given = invitation.apiEnabled, wanted != given {
                throw ShellError("\(email) is already invited with api=\(Toggle.word(given)), not api=\(Toggle.word(wanted)); "
                    + "an invitation cannot be changed or withdrawn through the API; nothing changed")
            }
            let reason = invitation.hasLapsed() ? "already invited, but it expired: 'resend invitation \(email)' sends it again" : "already invited"
            plan = .alreadyTrue(.object(OrganizationObject(kind: .invitation, id: invitation.id, name: email)), change, reason: reason)
        } else {
            plan = OrganizationPlans.create(subject, change: change,
                                            find: { try await pending().map { OrganizationObject(kind: .invitation, id: $0.id, name: email) } }) {
                OrganizationObject(kind: .invitation, id: try await client.invite(email: email, apiEnabled: apiEnabled).id, name: email)
            }
        }
        return await ChangeEngine.run([plan], change, in: context)
    }
}
