import VultrAPI
import VusLanguage

/// `restore role|policy NAME`: brings back a deleted role or policy with its attachments.
struct RestoreObject: ShellCommand {
    /// What Vultr can restore (a deleted group cannot come back).
    static let restorable: [IAMNoun] = [.role, .policy]

    static let objectName: TypedParameter<String> = .one("name", .text)

    static let syntax = CommandSyntax(
        verb: "restore", keywords: restorable.map { CommandSyntax.Keyword($0.rawValue) }, parameters: [objectName.parameter],
        summary: "Bring back a deleted role or policy",
        details: """
        Restore a role or policy deleted through vus (the journal keeps its id; an id works too): \
        it comes back with the users, groups and roles it was attached to. One that is not \
        deleted is reported unchanged. A deleted group cannot come back.
        """,
        examples: ["rm policy unused-legacy", "restore policy unused-legacy"], changesAccount: true,
        mayMakeUnnamed: true)

    let noun: IAMNoun
    let name: String

    init(_ arguments: ParsedArguments) {
        noun = arguments.keyword(IAMNoun.self)
        name = arguments[Self.objectName]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let kind = OrganizationObject.Kind(noun)
        let change = "restore \(noun.rawValue) \(name)"
        let present = try await context.objects(of: noun)
        let plan: PlannedChange
        if let there = present.first(where: { $0.name.lowercased() == name.lowercased() || $0.id == name }) {
            // Another of that name, made since the one deleted: that one is not the one asked for.
            if there.id != name, let gone = try? await deleted(kind, context: context), gone.id != there.id {
                throw ShellError("\(there.label) (\(there.id)) is another \(noun.rawValue) made since the one deleted (\(gone.id)); "
                    + "that one can come back by id once the name is free: 'restore \(noun.rawValue) \(gone.id)'")
            }
            plan = .alreadyTrue(.object(there), change, reason: "not deleted")
        } else {
            plan = OrganizationPlans.restore(try await deleted(kind, context: context), client: client, change: change)
        }
        return await ChangeEngine.run([plan], change, in: context)
    }

    /// The deleted object: by id as written, else the last one of that name the journal saw deleted.
    private func deleted(_ kind: OrganizationObject.Kind, context: CommandContext) async throws -> OrganizationObject {
        if IdentifierSyntax.isFullID(name) { return OrganizationObject(kind: kind, id: name, name: name) }
        guard let object = await context.journaledDeletion(of: kind, named: name) else {
            throw ShellError("no \(noun.rawValue) named '\(name)' and none of that name deleted in the journal; "
                + "name it by id, or 'ls \(noun.plural)' for those there")
        }
        return object
    }
}
