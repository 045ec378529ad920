import Foundation
import VultrAPI

/// `apply FILE [prune]`: makes the account match a users document through the change engine.
struct Apply: ShellCommand {
    static let syntax = CommandSyntax(
        verb: "apply", parameters: UsersFileArguments.parameters,
        options: UsersFileArguments.options,
        summary: "Make the account match a users document",
        details: """
        Send what 'plan FILE' shows: minimal changes to API access, ACLs and allowlists, creates \
        for users missing from the account (their password from the variable the file names, \
        e.g. password: ${NEW_USER_PASSWORD} with -v NEW_USER_PASSWORD=@file), and with 'prune' \
        deletes of users the file does not list (always shown and asked first; -y skips). On an \
        account with IAM, also the groups, roles and custom policies the file lists, and each \
        user's groups, roles and direct policies: objects first, then memberships and \
        attachments, then (with prune) deletes of the groups, roles and policies it does not \
        list. A second apply of the same file sends nothing. Journaled, so 'undo' reverts it.
        """,
        examples: ["apply users.yaml"], changesAccount: true, mayMakeUnnamed: true)

    let file: UsersFileArguments
    var path: String { file.path }

    init(_ arguments: ParsedArguments) { file = UsersFileArguments(arguments) }

    func run(in context: CommandContext) async throws -> CommandResult {
        let (document, diff, organization) = try await AccountDiff.between(file, context: context)
        let client = try context.client
        var plans: [PlannedChange] = []
        var notes: [String] = []
        for step in diff.steps {
            switch step {
            case .create(let entry, let password):
                let new = NewUser(email: entry.email, firstName: entry.firstName, lastName: entry.lastName, password: password ?? "",
                                  acls: (entry.acls ?? []).map { ACL(rawValue: $0) }, apiEnabled: entry.apiEnabled,
                                  serviceUser: entry.serviceUser ?? false)
                plans.append(AccountPlans.create(new, client: client, change: "apply: create user"))
            case .update(let user, let update):
                let fields = [update.apiEnabled.map { "api_enabled \($0)" }, update.acls.map { "acls \($0.map(\.rawValue).sorted().joined(separator: ","))" }]
                plans.append(try UserChangePlan.update(user, "apply: " + fields.compactMap { $0 }.joined(separator: ", "),
                                                       context: context) { _ in update })
            case .allowlist(let user, let block, let adding):
                plans.append(Self.allowlistPlan(user, block, adding: adding, client: client))
            case .delete(let user):
                plans.append(AccountPlans.remove(user, client: client, change: "apply: rm user"))
            case .cannot(let email, let reason):
                notes.append("\(email) \(reason)")
            }
        }
        plans += OrganizationApply.objectPlans(organization, client: client)
        let deletes = diff.steps.filter { if case .delete = $0 { true } else { false } }.count
        let confirmation: ChangeEngine.Confirmation = deletes > 0
            ? .always("Apply \(path)? This deletes \(Plural.count(deletes, "user")) it does not list.")
            : .whenSeveral("Apply \(path)?")
        var batch = await ChangeEngine(context: context).apply(plans, confirmation: confirmation)
        batch.notes = notes + batch.notes
        // Users created now take their allowlists from the file in a second pass.
        let created = document.users.filter { entry in entry.allowlist != nil && diff.steps.contains {
            if case .create(let wanted, _) = $0 { wanted.email == entry.email } else { false } } }
        if !created.isEmpty && !batch.interrupted {
            do {
                batch.append(try await followUp(created, context: context, client: client))
            } catch {
                // What was done stays reported; the run fails, having sent nothing after the listing.
                batch.failure = "could not read the account to set the allowlists of the users created (\(error)); "
                    + "nothing more was sent; run 'apply \(path)' again to finish"
            }
        }
        if document.managesOrganization && !batch.interrupted && batch.failure == nil {
            await organizationPhases(document, organization, context: context, client: client, into: &batch)
        }
        if batch.records.allSatisfy({ $0.outcome == .unchanged }) && notes.isEmpty {
            batch.notes.append("the account already matches \(path); nothing sent")
        }
        return batch.result(summary: "apply \(path)")
    }

    /// Memberships and attachments, read afresh now that every user and object exists; then
    /// (prune) deletes of the groups, roles and policies the file does not list.
    private func organizationPhases(_ document: UsersDocument, _ diff: OrganizationDiff, context: CommandContext,
                                    client: VultrClient, into batch: inout ChangeBatch) async {
        let engine = ChangeEngine(context: context)
        do {
            let links = await engine.apply(try await OrganizationApply.membershipPlans(document, file: file, client: client),
                                           confirmation: .whenSeveral("Apply \(path)?"))
            batch.append(links)
        } catch {
            batch.failure = "could not read the organization to set memberships (\(error)); nothing more was sent; "
                + "run 'apply \(path)' again to finish"
            return
        }
        let deletes = OrganizationApply.deletePlans(diff, client: client)
        guard !deletes.isEmpty, !batch.interrupted, batch.failure == nil else { return }
        let question = "Apply \(path)? This deletes \(deletes.map(\.subject.label).joined(separator: ", ")), which it does not list."
        batch.append(await engine.apply(deletes, confirmation: .always(question)))
    }

    /// The allowlists of users this apply created, now that they exist.
    private func followUp(_ entries: [UsersDocument.Entry], context: CommandContext, client: VultrClient) async throws -> ChangeBatch {
        let document = UsersDocument(users: entries)
        let (users, allowlists) = try await AccountReader.read(for: document, client: client)
        let diff = AccountDiff.compute(document, users: users, allowlists: allowlists, prune: false) { _ in nil }
        let plans = diff.steps.compactMap { step -> PlannedChange? in
            guard case .allowlist(let user, let block, let adding) = step else { return nil }
            return Self.allowlistPlan(user, block, adding: adding, client: client)
        }
        return await ChangeEngine(context: context).apply(plans, confirmation: .whenSeveral("Apply \(path)?"))
    }

    /// A step of the diff on an allowlist, which computed it from the allowlist as it is.
    private static func allowlistPlan(_ user: User, _ block: CIDRBlock, adding: Bool, client: VultrClient) -> PlannedChange {
        AccountPlans.allowlist(user, block, adding: adding, present: !adding, client: client,
                               change: "apply: allow \(adding ? "add" : "rm") \(block)")
    }
}
