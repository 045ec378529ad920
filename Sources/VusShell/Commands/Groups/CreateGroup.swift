import VultrAPI

/// `create group NAME [description=TEXT]`.
struct CreateGroup: ShellCommand {
    static let groupName: TypedParameter<String> = .one("name", .newName)
    static let descriptionOption: TypedOption<String?> = .optional("description", .text, placeholder: "text")

    static let syntax = CommandSyntax(
        verb: "create", keywords: ["group"], parameters: [groupName.parameter], options: [descriptionOption.spec],
        summary: "Create a group",
        details: """
        Create a group of the organization. A group of that name with that description already \
        there is reported unchanged; one with another description is an error. 'undo' deletes it.
        """,
        examples: ["create group auditors description=\"Read-only reviewers\""], changesAccount: true)

    let name: String
    let description: String?

    init(_ arguments: ParsedArguments) {
        name = arguments[Self.groupName]
        description = arguments[Self.descriptionOption]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let change = "create group \(name)"
        let (name, description) = (self.name, self.description)
        let find: @Sendable () async throws -> Group? = { try await client.groups().first { $0.name.lowercased() == name.lowercased() } }
        let plan: PlannedChange
        if let existing = try await find() {
            try CreatedObject.check(existing.description, wanted: description, of: "group \(existing.name)")
            plan = .alreadyTrue(.object(OrganizationObject(existing)), change, reason: "already exists")
        } else {
            plan = OrganizationPlans.create(OrganizationObject(kind: .group, id: "", name: name), change: change,
                                            find: { try await find().map(OrganizationObject.init) }) {
                OrganizationObject(try await client.createGroup(name: name, description: description ?? ""))
            }
        }
        return await ChangeEngine.run([plan], change, in: context)
    }
}

/// What `create` does when the name is taken: the same thing is unchanged, another is an error.
enum CreatedObject {
    static func check(_ existing: String, wanted: String?, of label: String, field: String = "description") throws {
        guard let wanted, wanted != existing else { return }
        throw ShellError("\(label) already exists with \(field) '\(existing)', not '\(wanted)'; nothing changed")
    }
}
