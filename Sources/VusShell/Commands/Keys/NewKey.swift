import Foundation
import VultrAPI

/// `key new [name] [expires=DATE]`: creates an API key for the selected user; its secret is in
/// the result, the only time it is shown.
struct NewKey: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "key", keywords: ["new"], parameters: [Self.nameParameter.parameter],
        options: [Self.expiresOption.spec],
        summary: "Create an API key for the selected user",
        details: """
        Create an API key, optionally named and expiring (DATE is YYYY-MM-DD, an ISO 8601 \
        time like 2027-12-31T23:59:59Z, or a time from now like 30d or 12w). The key is shown \
        once: store it then.
        """,
        examples: ["key new deploy expires=2099-12-31", "key new ci expires=30d"], changesAccount: true)

    let name: String?
    let expires: Date?
    /// Tries at creating a key when answers are lost (each lost one is found and deleted first).
    static let attempts = 5

    static let nameParameter: TypedParameter<String?> = .optional("name", .text)
    static let expiresOption: TypedOption<Date?> = .optional("expires", .date, placeholder: "date")

    init(_ arguments: ParsedArguments) {
        name = arguments[Self.nameParameter]
        expires = arguments[Self.expiresOption]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let user = try await context.target(nil, command: "key new")
        let change = "key new" + (name.map { " \($0)" } ?? "")
        let (client, name, expires) = (try context.client, self.name ?? "", self.expires)
        let earlier = Set(try await client.apiKeys(userID: user.id).map(\.id))
        /// Deletes keys made by a request whose answer was lost: nobody saw their secret.
        let removeUnseen: @Sendable () async throws -> Void = {
            for key in try await client.apiKeys(userID: user.id) where !earlier.contains(key.id) {
                try await client.deleteAPIKey(userID: user.id, keyID: key.id)
            }
        }
        var plan = PlannedChange.needed(user, change, journal: JournalFacts(kind: .createKey)) {
            for attempt in 1...Self.attempts {
                do {
                    return ChangeEffect(key: try await client.createAPIKey(userID: user.id, name: name, expiresOn: expires))
                } catch let error where Settlement.mayHaveHappened(error) && attempt < Self.attempts {
                    try await removeUnseen()
                }
            }
            throw CancellationError()  // unreachable: the last attempt returns or throws
        }
        // Interrupted in flight: no secret was shown, so no new key may stay.
        plan.readBack = {
            try await removeUnseen()
            return nil
        }
        return await ChangeEngine.run([plan], change, in: context)
    }
}
