import VultrAPI

/// `create user <email> first=<name> last=<name> ...`: Vultr requires a password, so a script
/// must give one (from a variable); at a prompt vus asks for it twice, hidden.
struct CreateUser: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "create", keywords: ["user"], parameters: [emailParameter.parameter],
        options: [firstOption.spec, lastOption.spec, aclOption.spec, apiOption.spec, serviceOption.spec, passwordOption.spec],
        summary: "Create a user",
        details: """
        Create a user with the given email, name and password (Vultr requires one). acl= takes \
        comma-separated ACL names; 'service' makes an API-only service user, whose API key is \
        shown once. Options may come in any order. In a script, pass the password from a \
        variable (vus -v PW=@file reads it from a file); at a prompt, leave it out to be asked.
        """,
        examples: ["create user carol@example.com first=Carol last=Diaz acl=billing,support password=$PW",
                   "create user ci@example.com first=CI last=Bot service password=$PW"],
        changesAccount: true)

    let email: String
    let firstName: String
    let lastName: String
    let acls: [String]
    let apiEnabled: Bool?
    let serviceUser: Bool
    let password: String?

    static let emailParameter: TypedParameter<String> = .one("email", .email)
    static let firstOption: TypedOption<String> = .required("first", .text, placeholder: "name")
    static let lastOption: TypedOption<String> = .required("last", .text, placeholder: "name")
    static let aclOption: TypedOption<[String]> = .acls("acl")
    static let apiOption: TypedOption<Bool?> = .optional("api", .toggle, placeholder: "on|off")
    static let serviceOption: TypedOption<Bool> = .flag("service")
    static let passwordOption: TypedOption<String?> = .optional("password", .text, placeholder: "password")

    init(_ arguments: ParsedArguments) throws(Diagnostic) {
        email = arguments[Self.emailParameter]
        firstName = arguments[Self.firstOption]
        lastName = arguments[Self.lastOption]
        acls = arguments[Self.aclOption]
        apiEnabled = arguments[Self.apiOption]
        serviceUser = arguments[Self.serviceOption]
        password = arguments[Self.passwordOption]
        if password == nil && !arguments.isInteractive {
            throw arguments.missing("'create user' needs password=<password>: Vultr requires one; in a script "
                + "pass it from a variable, e.g. password=$PW with vus -v PW=@file")
        }
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let change = "create user"
        guard let password = try await passwordToUse(context) else { return .note("no password given; nothing created") }
        let new = NewUser(email: email, firstName: firstName, lastName: lastName, password: password,
                          acls: acls.map { ACL(rawValue: $0) }, apiEnabled: apiEnabled, serviceUser: serviceUser)
        let plan = AccountPlans.create(new, client: try context.client)
        return await ChangeEngine.run([plan], change, in: context)
    }

    /// The password given, else asked for twice at the prompt (in dry-run, none is needed).
    private func passwordToUse(_ context: CommandContext) async throws -> String? {
        if let password { return password }
        if context.settings.dryRun { return "***" }
        guard let prompter = context.prompter else { throw ShellError("'create user' needs password=<password>") }
        guard let first = await prompter.readSecret("Password for \(email): "), !first.isEmpty,
              let second = await prompter.readSecret("Again: ") else { return nil }
        guard first == second else { throw ShellError("the passwords differ; nothing created") }
        return first
    }
}
