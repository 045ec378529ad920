import VultrAPI

/// How an account differs from a users document, step by step: what `plan` shows and `apply`
/// sends. Names and the service-user flag cannot be changed through the API, so a difference in
/// them is a step vus cannot take, said rather than hidden.
struct AccountDiff {
    enum Step {
        case create(UsersDocument.Entry, password: String?)
        case update(User, UserUpdate)
        case allowlist(User, CIDRBlock, adding: Bool)
        case delete(User)
        case cannot(email: String, reason: String)
    }

    var steps: [Step]

    /// The steps that make `users` match `document`; `allowlists` holds the current allowlist of
    /// each user whose entry manages one. With `prune`, users missing from the document go.
    static func compute(_ document: UsersDocument, users: [User], allowlists: [String: [CIDRBlock]], prune: Bool,
                        variable: (String) -> String?) -> AccountDiff {
        let byEmail = Dictionary(users.compactMap { user in user.email.map { ($0.lowercased(), user) } },
                                 uniquingKeysWith: { first, _ in first })
        var steps: [Step] = []
        for entry in document.usersInEmailOrder {
            guard let user = byEmail[entry.email.lowercased()] else {
                steps.append(creation(entry, variable: variable))
                continue
            }
            if user.firstName != entry.firstName || user.lastName != entry.lastName {
                steps.append(.cannot(email: entry.email, reason:
                    "is named \(user.displayName) in the account, \(entry.firstName) \(entry.lastName) in the file; the API cannot rename users"))
            }
            if let service = entry.serviceUser, service != (user.serviceUser ?? false) {
                steps.append(.cannot(email: entry.email, reason: "service_user is \(user.serviceUser ?? false) in the account; it cannot change"))
            }
            let update = UserUpdate(apiEnabled: entry.apiEnabled, acls: entry.acls.map { $0.map { ACL(rawValue: $0) } })
                .removingWhatIsAlreadyTrue(of: user)
            if !update.isEmpty { steps.append(.update(user, update)) }
            if let wanted = entry.allowlist?.compactMap(CIDRBlock.init), let current = allowlists[user.id] {
                for block in wanted where !current.contains(block) { steps.append(.allowlist(user, block, adding: true)) }
                for block in current where !wanted.contains(block) { steps.append(.allowlist(user, block, adding: false)) }
            }
        }
        if prune {
            let wanted = Set(document.users.map { $0.email.lowercased() })
            for user in users where !wanted.contains(user.email?.lowercased() ?? "") { steps.append(.delete(user)) }
        }
        return AccountDiff(steps: steps)
    }

    /// A create step, or why it cannot be one: Vultr requires a password, which the document
    /// names as a variable rather than holding.
    private static func creation(_ entry: UsersDocument.Entry, variable: (String) -> String?) -> Step {
        guard let written = entry.password else {
            return .cannot(email: entry.email, reason:
                "is not in the account and has no password to create it with: add password: ${NEW_USER_PASSWORD} and pass -v NEW_USER_PASSWORD=@file")
        }
        guard written.hasPrefix("${"), written.hasSuffix("}") else { return .create(entry, password: written) }
        let name = String(written.dropFirst(2).dropLast())
        guard let value = variable(name), !value.isEmpty else {
            return .cannot(email: entry.email, reason: "needs the password variable \(name): pass it with -v \(name)=@file")
        }
        return .create(entry, password: value)
    }

    /// The steps as records for `plan`.
    var records: [PlanRecord] {
        steps.flatMap { step -> [PlanRecord] in
            switch step {
            case .create(let entry, _):
                return [PlanRecord(email: entry.email, action: "create", field: "", from: "",
                                   to: "api \(Toggle.word(entry.apiEnabled ?? true)), acls \((entry.acls ?? []).joined(separator: ","))")]
            case .update(let user, let update):
                var records: [PlanRecord] = []
                if let enabled = update.apiEnabled {
                    records.append(PlanRecord(email: user.label, action: "change", field: "api_enabled",
                                              from: String(user.apiEnabled ?? false), to: String(enabled)))
                }
                if let acls = update.acls {
                    records.append(PlanRecord(email: user.label, action: "change", field: "acls",
                                              from: user.acls.map(\.rawValue).sorted().joined(separator: ","),
                                              to: acls.map(\.rawValue).sorted().joined(separator: ",")))
                }
                return records
            case .allowlist(let user, let block, let adding):
                return [PlanRecord(email: user.label, action: "change", field: "allowlist",
                                   from: adding ? "" : block.description, to: adding ? block.description : "")]
            case .delete(let user):
                return [PlanRecord(email: user.label, action: "delete", field: "", from: "", to: "")]
            case .cannot(let email, let reason):
                return [PlanRecord(email: email, action: "cannot", field: "", from: "", to: reason)]
            }
        }
    }
}

/// One line of a plan: which user or organization object, what, and from what to what.
struct PlanRecord: Record {
    let email: String?
    /// The group, role or policy, e.g. `group contractors`, for a line about one.
    let object: String?
    /// `create`, `change`, `delete` or `cannot`.
    let action: String
    let field: String
    let from: String
    let to: String

    init(email: String, action: String, field: String, from: String, to: String) {
        (self.email, self.object, self.action, self.field, self.from, self.to) = (email, nil, action, field, from, to)
    }

    init(object: String, action: String, field: String, from: String, to: String) {
        (self.email, self.object, self.action, self.field, self.from, self.to) = (nil, object, action, field, from, to)
    }

    /// The user's email, else the object.
    var subject: String { email ?? object ?? "" }

    static let tableColumns = ["TARGET", "ACTION", "FIELD", "FROM", "TO"]
    /// A change that empties a list (or fills an empty one) says so rather than leave a blank.
    var tableCells: [String] {
        let shown = action == "change" ? [from, to].map { $0.isEmpty ? "(none)" : $0 } : [from, to]
        return [subject, action, field] + shown
    }
    static let csvColumns = ["email", "object", "action", "field", "from", "to"]
    var csvCells: [String] { [email ?? "", object ?? "", action, field, from, to] }
    var quietText: String { "\(action) \(subject)" }
}
