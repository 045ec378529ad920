import VultrAPI

/// `email <new-email>`: changes the selected user's login address.
struct ChangeEmail: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "email", parameters: [Self.addressParameter.parameter],
        summary: "Change the selected user's email address",
        details: "Change the email address (the login) of the one selected user.",
        examples: ["email alice@new.example.com"], changesAccount: true)

    let address: String

    static let addressParameter: TypedParameter<String> = .one("new-email", .email)

    init(_ arguments: ParsedArguments) { address = arguments[Self.addressParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let change = "email \(address)"
        let user = try await context.refreshed([try await context.target(nil, command: "email")])
        let address = self.address
        let plans = try user.map { try UserChangePlan.update($0, change, context: context) { _ in UserUpdate(email: address) } }
        return await ChangeEngine.run(plans, change, in: context)
    }
}
