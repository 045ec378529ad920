import Foundation
import VultrAccess
import VultrAPI

/// `review [file=PATH]`: an access review of the whole organization, with findings.
struct Review: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "review", options: [Self.fileOption.spec, Can.freshOption.spec],
        summary: "Write an access review of the organization, with findings",
        details: """
        Review every member: API access, keys (name and expiry, or never), last activity, groups, \
        roles (their own, their groups', and those a trust lets them assume) and direct policies; and \
        list the findings: API on but inactive for 90 days, keys that never expire, admin-grade \
        permissions (*, iam.*, account.user.*, user.acl.ManageUsers) with the path that grants them, \
        suspended members who still hold keys, policies attached to nobody, and groups with no \
        members. Markdown for people; JSON or YAML with every member and finding, or CSV with a row \
        per finding, under --format. 'file=PATH' writes it there instead. It reads each member's keys \
        (a request per member with API access). Exit status 3 when there are findings, so a CI job can \
        run it.
        """,
        examples: ["review", "review file=review.md"])

    let file: String?
    let fresh: Bool

    static let fileOption: TypedOption<String?> = .optional("file", .path, placeholder: "path")

    init(_ arguments: ParsedArguments) {
        file = arguments[Self.fileOption]
        fresh = arguments[Can.freshOption]
    }

    func run(in context: CommandContext) async throws -> CommandResult {
        let client = try context.client
        let (access, note) = try await context.organizationAccess(fresh: fresh)
        let withAPI = access.snapshot.users.filter { $0.apiEnabled == true }
        var keys: [String: [APIKey]] = [:]
        for (user, result) in zip(withAPI, await client.bulk(withAPI) { try await client.apiKeys(userID: $0.id) }) {
            keys[user.id] = try result.get()
        }
        let now = Date()
        let reviewed = OrganizationAccess(access.snapshot, keys: keys, at: now)
        let review = AccessReview(graph: reviewed.graph, now: now)
        let document = AccessReviewDocument(review, account: access.snapshot.ownerEmail, organization: access.snapshot.organization.name)
        let text = document.text(context.settings.format)
        var notes = [note, "read the API keys of \(Plural.count(withAPI.count, "member")) (a request each)"]
        let ending: CommandResult.Ending = review.findings.isEmpty ? .completed : .differs
        guard let file else { return CommandResult(.document(text), notes: notes, ending: ending) }
        try WholeFile.write(text, to: file)
        notes.append("wrote the review of \(Plural.count(review.rows.count, "member")) with \(Plural.count(review.findings.count, "finding")) to \(file)")
        return CommandResult(notes: notes, ending: ending)
    }
}
