import Foundation
import VultrAPI

/// `export users [filter...] [allowlists]`: the users as a document for `plan` and `apply`.
struct ExportUsers: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "export", keywords: ["users"], parameters: [Parameter("filter", .filter, .many(minimum: 0))],
        options: [OptionSpec("allowlists", .toggle, placeholder: "yes|no", flag: true)],
        summary: "Write the users down as a document for plan and apply",
        details: """
        Write every user (or those matching the filters of 'ls users') as YAML, or JSON under \\
        --format json: email, names, service user, API access and ACLs, in email order, never a \\
        key or password. 'allowlists' adds each user's IP allowlist (a request per user). A \\
        header comment names the account and the time; below it, an unchanged account exports \\
        byte for byte the same.
        """,
        examples: ["export users", "export users email=*@contractor.com allowlists"])

    let filters: [Filter]
    let allowlists: Bool

    init(_ arguments: ParsedArguments) {
        filters = arguments.filters("filter")
        allowlists = arguments.toggle("allowlists") ?? false
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let everyone = try await client.users().collect()
        context.session.remember(everyone)
        let (users, note) = try await UserSelection(filters: filters).apply(to: everyone, client: client)
        let lists = allowlists ? try await AccountReader.allowlists(of: users, client: client) : [:]
        let document = UsersDocument(users: users.map { UsersDocument.Entry($0, allowlist: allowlists ? lists[$0.id] ?? [] : nil) })
        let account = (try? await client.account())?.email ?? "the account"
        let place = client.configuration.baseURL.host ?? ""
        let header = ["vus export of the users of \(account) at \(place), \(Date().formatted(.iso8601))",
                      "'plan FILE' shows how the account differs from this; 'apply FILE' makes it match."]
        let format: OutputFormat = context.settings.format == .json ? .json : .yaml
        return CommandResult(.document(try document.text(format: format, header: header)),
                             notes: (note.map { [$0] } ?? []) + (allowlists ? ["read the allowlists of \(users.count) users (a request each)"] : []))
    }
}
