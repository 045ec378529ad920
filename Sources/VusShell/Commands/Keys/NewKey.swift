import Foundation
import VultrAPI

/// `key new [name] [expires=DATE]`: creates an API key for the selected user; its secret is in
/// the result, the only time it is shown.
struct NewKey: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "key", keywords: ["new"], parameters: [Parameter("name", .text, .optional)],
        options: [OptionSpec("expires", .date, placeholder: "date")],
        summary: "Create an API key for the selected user",
        details: """
        Create an API key, optionally named and expiring (DATE is YYYY-MM-DD or an ISO 8601 \
        time like 2027-12-31T23:59:59Z). The key is shown once: store it then.
        """,
        examples: ["key new deploy expires=2027-12-31"], changesAccount: true)

    let name: String?
    let expires: Date?

    init(_ arguments: ParsedArguments) {
        name = arguments.text("name")
        expires = arguments.date("expires")
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let user = try await context.target(nil, command: "key new")
        let change = "key new" + (name.map { " \($0)" } ?? "")
        let (client, name, expires) = (try context.client, self.name ?? "", self.expires)
        let plan = PlannedChange.needed(user, change) {
            ChangeEffect(key: try await client.createAPIKey(userID: user.id, name: name, expiresOn: expires))
        }
        return await ChangeEngine(context: context).apply([plan], confirmation: .whenSeveral("")).result(summary: change)
    }
}
