import VultrAPI

/// `rm group|role|policy NAME`: deletes an object of the organization, saying first what it is
/// attached to.
struct RemoveObject: ShellCommand {
    static let objectName: TypedParameter<String> = .one("name", .namedByKeyword)

    static let syntax = CommandSyntax(
        verb: "rm", keywords: .all(IAMNoun.self), parameters: [objectName.parameter],
        summary: "Delete a group, role or policy",
        details: """
        Delete a group, role or policy of the organization. When it is in use, vus first says \
        what it is attached to (members, groups, roles, users) and asks (-y skips). Deleting a \
        role or policy can be undone ('undo', or 'restore role|policy NAME'): it comes back with \
        its attachments. Deleting a group is final: its memberships go with it. Vultr's managed \
        policies cannot be deleted. One vus has already deleted is reported unchanged, so a \
        script can run again.
        """,
        examples: ["rm group billing", "rm role auditor", "rm policy unused-legacy"], changesAccount: true,
        removingKeywords: IAMNoun.allCases.map(\.rawValue))

    let noun: IAMNoun
    let name: String

    init(_ arguments: ParsedArguments) {
        noun = arguments.keyword(IAMNoun.self)
        name = arguments[Self.objectName]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let object: OrganizationObject, uses: [String]
        do { (object, uses) = try await inUse(context) } catch let missing as NameNotFound {
            // Gone because vus deleted it: a re-run finds the work done. Any other missing name is a typo.
            let gone = try await context.deletedByVus(missing)
            return await ChangeEngine.run([.alreadyTrue(.object(gone), "rm \(noun.rawValue) \(gone.name)", reason: "already deleted")],
                                          "rm \(noun.rawValue) \(gone.name)", in: context)
        }
        let change = "rm \(noun.rawValue) \(object.name)"
        let question = uses.isEmpty ? "Delete \(object.label)?" : "Delete \(object.label)? It is in use: \(uses.joined(separator: "; "))."
        var batch = await ChangeEngine(context: context)
            .apply([OrganizationPlans.delete(object, client: client, change: change)], confirmation: .always(question))
        if !uses.isEmpty {
            let deleted = batch.records.first?.outcome == .changed
            batch.notes.insert("\(object.label) \(deleted ? "was" : "is") in use: \(uses.joined(separator: "; "))", at: 0)
        }
        return batch.result(summary: change)
    }

    /// The object, and what it is attached to, in words.
    private func inUse(_ context: CommandContext) async throws -> (OrganizationObject, [String]) {
        let uses: ObjectUses
        switch noun {
        case .group:
            uses = try await .of(try await context.group(named: name), context: context)
        case .role:
            uses = try await .of(try await context.role(named: name), context: context)
        case .policy:
            let policy = try await context.policy(named: name)
            guard !policy.isManaged else { throw ShellError("policy \(policy.name) is managed by Vultr and cannot be deleted") }
            uses = try await .of(policy, context: context)
        }
        return (uses.object, uses.inWords)
    }
}
