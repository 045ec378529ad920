import VultrAPI

extension CommandContext {
    /// The account changes go to, as the journal labels it: its email and the API's host and
    /// port, so two sandboxes on one machine are told apart; `nil` without a client.
    func accountLabel() async -> String? {
        guard let client = try? client else { return nil }
        let url = client.configuration.baseURL
        let host = url.host ?? url.absoluteString
        let place = changes.place ?? url.port.map { "\(host):\($0)" } ?? host
        let email = (try? await client.account())?.email
        return (email.map { "\($0) at " } ?? "") + place
    }

    /// The account this run's changes go to, as the journal labels it: learned once (a read of
    /// the account) and kept when the run journals, so `undo` never acts on another account.
    func journalAccount() async -> String? {
        if let account = changes.account { return account }
        let label = await accountLabel()
        if changes.journal != nil { changes.account = label }
        return label
    }

    /// The last `kind` of this account named `name` (any case) that vus deleted, as the journal
    /// remembers it: a name gone because vus deleted it is a job done, not a typo.
    func journaledDeletion(of kind: OrganizationObject.Kind, named name: String) async -> OrganizationObject? {
        let account = await journalAccount()
        return changes.journalToRead.entries().last {
            $0.kind == .delete && $0.account == account && $0.object?.kind == kind
                && $0.object?.name.lowercased() == name.lowercased() && $0.object?.id.isEmpty == false
        }?.object
    }

    /// Whether vus deleted the user of this account with this email or id (any case).
    func journaledUserDeletion(_ reference: String) async -> Bool {
        let account = await journalAccount()
        let wanted = reference.lowercased()
        return changes.journalToRead.entries().contains {
            $0.kind == .deleteUser && $0.account == account && ($0.userID.lowercased() == wanted || $0.email?.lowercased() == wanted)
        }
    }

    /// Whether a user named exactly and not found is gone rather than mistyped: vus deleted them,
    /// or no user's email is close to the name.
    func isAlreadyDeleted(_ missing: UserNotFound) async -> Bool {
        guard missing.isExact else { return false }
        if missing.suggestion == nil { return true }
        return await journaledUserDeletion(missing.reference)
    }

    /// The group, role or policy that `missing` names, when it is gone because vus deleted it
    /// (for a command that takes it away, the work done); else `missing`, the typo it is.
    func deletedByVus(_ missing: NameNotFound) async throws(NameNotFound) -> OrganizationObject {
        guard let gone = await journaledDeletion(of: .init(missing.noun), named: missing.name) else { throw missing }
        return gone
    }

    /// What `group|role|policy rm` does when what it names is gone because vus deleted it: no
    /// link to it is left, so each selected user (or, for `group=` and `role=`, the one deleted) is
    /// unchanged. Any other missing name is the typo it was.
    func unlinkedFromDeleted(_ missing: NameNotFound, change: String, users: [User]?) async throws -> CommandResult {
        let gone = try await deletedByVus(missing)
        let subjects = users.map { $0.map(ChangeSubject.user) } ?? [.object(gone)]
        let plans = subjects.map { PlannedChange.alreadyTrue($0, change, reason: "\(gone.label) was deleted") }
        return await ChangeEngine.run(plans, change, in: self)
    }
}
