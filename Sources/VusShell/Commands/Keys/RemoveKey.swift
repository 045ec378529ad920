import VultrAPI

/// `key rm <key-id>|all`: revokes one key of the selected user, or every key of every selected
/// user. A full key id that no longer exists is already absent, so a re-run finishes cleanly.
struct RemoveKey: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "key", keywords: ["rm"], parameters: [Self.keyParameter.parameter],
        summary: "Revoke an API key of the selected user, or all keys of the selection",
        details: "Revoke one key by id (or unambiguous prefix; 'ls keys' shows them), or 'all' keys of every selected user.",
        examples: ["key rm all"], changesAccount: true)

    let keyID: String

    static let keyParameter: TypedParameter<String> = .one("key-id", .keyID(allowsAll: true))

    init(_ arguments: ParsedArguments) { keyID = arguments[Self.keyParameter] }

    func run(in context: CommandContext) async throws -> CommandResult {
        let all = keyID == "all"
        let users = all ? try await context.targets(nil, command: "key rm all") : [try await context.target(nil, command: "key rm")]
        let client = try context.client
        var plans: [PlannedChange] = []
        for user in users {
            let keys = try await client.apiKeys(userID: user.id)
            let chosen = all ? keys : keys.filter { $0.id == keyID || $0.id.hasPrefix(keyID) }
            if !all && chosen.count > 1 { throw ShellError("'\(keyID)' matches \(chosen.count) keys; type more of it") }
            if !all && chosen.isEmpty {
                guard keyID.count == 36 else { throw ShellError("\(user.label) has no key starting with '\(keyID)'") }
                plans.append(.alreadyTrue(user, "key rm \(keyID)", reason: ChangeWording.alreadyAbsent))
            }
            plans += chosen.map { AccountPlans.removeKey($0.id, of: user, client: client, change: "key rm \($0.id)") }
        }
        let batch = await ChangeEngine(context: context).apply(plans, confirmation: .whenSeveral("Revoke these API keys?"))
        var result = batch.result(summary: "key rm \(keyID)")
        if plans.isEmpty { result.notes = ["no API keys to revoke; nothing sent"] }
        return result
    }
}
