import VultrAPI

/// `create role NAME [type=assignable|assumable] [description=TEXT]`.
struct CreateRole: ShellCommand {
    static let roleName: TypedParameter<String> = .one("name", .newName)
    static let typeOption: TypedOption<Role.Kind?> = .optional("type", .choice(Role.Kind.words), placeholder: Role.Kind.words.joined(separator: "|"))

    static let syntax = CommandSyntax(
        verb: "create", keywords: ["role"], parameters: [roleName.parameter], options: [typeOption.spec, CreateGroup.descriptionOption.spec],
        summary: "Create a role",
        details: """
        Create a role: assignable (the default) is given to users and groups with 'role add'; \
        assumable is taken up for a while through a trust ('help trust'). Put policies in it \
        with 'policy add NAME role=R'. A role of that name and type already there is reported \
        unchanged. 'undo' deletes it.
        """,
        examples: ["create role on-call type=assumable description=\"Paged engineers\""], changesAccount: true)

    let name: String
    let kind: Role.Kind?
    let description: String?

    init(_ arguments: ParsedArguments) {
        name = arguments[Self.roleName]
        kind = arguments[Self.typeOption]
        description = arguments[CreateGroup.descriptionOption]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let change = "create role \(name)"
        let (name, kind, description) = (self.name, self.kind, self.description)
        let find: @Sendable () async throws -> Role? = { try await client.roles().first { $0.name.lowercased() == name.lowercased() } }
        let plan: PlannedChange
        if let existing = try await find() {
            try CreatedObject.check(existing.type, wanted: kind?.rawValue, of: "role \(existing.name)", field: "type")
            try CreatedObject.check(existing.description, wanted: description, of: "role \(existing.name)")
            plan = .alreadyTrue(.object(OrganizationObject(existing)), change, reason: "already exists")
        } else {
            plan = OrganizationPlans.create(OrganizationObject(kind: .role, id: "", name: name), change: change,
                                            find: { try await find().map(OrganizationObject.init) }) {
                OrganizationObject(try await client.createRole(name: name, kind: kind ?? .assignable, description: description ?? ""))
            }
        }
        return await ChangeEngine.run([plan], change, in: context)
    }
}

extension Role.Kind: ChoiceArgument {}
