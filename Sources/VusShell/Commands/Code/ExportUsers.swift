import Foundation
import VultrAPI

/// `export users [filter...] [allowlists] [file=PATH]`: the users as a document for `plan` and
/// `apply`, printed or written to a file.
struct ExportUsers: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "export", keywords: ["users"], parameters: [filterParameter.parameter],
        options: [allowlistsOption.spec, Review.fileOption.spec],
        summary: "Write the users down as a document for plan and apply",
        details: """
        Write every user (or those matching the filters of 'ls users') as YAML, or JSON under \
        --format json: email, names, service user, API access and ACLs, in email order, never a \
        key or password. On an account with IAM, also each user's groups, roles and direct \
        policies, and the groups, roles and custom policies (with their documents; Vultr's \
        managed policies by name only), in name order. 'allowlists' adds each user's IP allowlist (a request per user). A \
        header comment names the account and the time (and for a filtered export, that 'prune' \
        would delete every other user); below it, an unchanged account exports \
        byte for byte the same. 'file=PATH' writes the document to PATH (replacing it whole, \
        never half-written) instead of printing it; vus itself has no '>'.
        """,
        examples: ["export users", "export users email=*@contractor.com allowlists", "export users file=users.yaml"])

    let filters: [Filter]
    let allowlists: Bool
    let file: String?

    static let filterParameter: TypedParameter<[Filter]> = .many("filter", .filter)
    static let allowlistsOption: TypedOption<Bool> = .flag("allowlists")

    init(_ arguments: ParsedArguments) throws(Diagnostic) {
        let sort = arguments.word(of: Self.filterParameter) { if case .filter(let filter) = $0 { filter.key == .sort } else { false } }
        if let sort {
            throw Diagnostic(location: sort.location, message:
                "'export users' always writes in email order, so that two exports compare line by line; sort= is for 'ls users'")
        }
        filters = arguments[Self.filterParameter]
        allowlists = arguments[Self.allowlistsOption]
        file = arguments[Review.fileOption]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let everyone = try await client.users().collect()
        context.session.users.remember(everyone)
        let (users, note) = try await UserSelection(filters: filters).apply(to: everyone, client: client)
        let lists = allowlists ? try await Self.allowlists(of: users, client: client) : [:]
        var document = UsersDocument(users: users.map { UsersDocument.Entry($0, allowlist: allowlists ? lists[$0.id] ?? [] : nil) })
        if let organization = try await Self.organization(client: client, progress: context.progress) {
            document.users = zip(users, document.users).map { organization.entry($1, userID: $0.id) }
            (document.groups, document.roles, document.policies) = (organization.groups, organization.roles, organization.policies)
        }
        let account = (try? await client.account())?.email ?? "the account"
        let place = client.configuration.baseURL.host ?? ""
        var header = ["vus export of the users of \(account) at \(place), \(Date().formatted(.iso8601))",
                      "'plan FILE' shows how the account differs from this; 'apply FILE' makes it match."]
        // A part of the account, written down, reads like all of it: 'prune' would delete the rest.
        if !filters.isEmpty {
            header.append("Only the \(users.count) of \(Plural.count(everyone.count, "user")) matching \(filters.text): with 'prune', plan and apply delete every other user.")
        }
        let notes = (note.map { [$0] } ?? []) + (allowlists ? ["read the allowlists of \(Plural.count(users.count, "user")) (a request each)"] : [])
        guard let file else { return CommandResult(.usersDocument(document, header: header), notes: notes) }
        let format: OutputFormat = [.json, .jsonl].contains(context.settings.format) ? .json : .yaml
        try WholeFile.write(try document.text(format: format, header: header), to: file)
        let count = Plural.count(users.count, "user")
        return CommandResult(notes: notes + ["wrote \(count) to \(file) (\(format == .json ? "JSON" : "YAML"))"])
    }

    /// The organization to write down; `nil` on an account without IAM.
    /// A read that takes a while (a large organization, at Vultr's 30 requests a second) shows
    /// its progress on a terminal.
    static func organization(client: VultrClient, progress: ProgressLine?) async throws -> OrganizationDocument? {
        defer { progress?.clear() }
        do {
            let snapshot = try await AccountReader.patiently {
                try await client.loadOrganization { progress?.show($0) }
            }
            return OrganizationDocument(snapshot)
        } catch let error as VultrError where error.kind == .noOrganization {
            return nil
        }
    }

    /// The allowlists of `users`, ended when no read is done for as long as one request may take
    /// (the client's request timeout, 30 s): each read's own timeouts and retries, one after
    /// another, took 180 s to give up on a stalled API, while a slow one that keeps answering
    /// (10,000 users at 30 requests a second) may take minutes, and one read may take 15 s.
    static func allowlists(of users: [User], client: VultrClient) async throws -> [String: [AllowlistEntry]] {
        let progress = ProgressMark()
        let stallLimit = client.configuration.requestTimeout
        do {
            return try await withStallLimit(stallLimit, progress: progress) {
                try await AccountReader.allowlists(of: users, client: client, progress: progress)
            }
        } catch is DeadlineExceeded {
            throw ShellError("no allowlist was read in \(stallLimit.components.seconds) s (\(progress.steps) of \(users.count) read; "
                + "the API is slow or stalled); nothing was exported")
        }
    }
}
