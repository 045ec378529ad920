extension CommandParser {
    /// `ls users [filters...]`, `ls acls`, `ls keys [user]`, `ls allow [user]`.
    func parseList() throws(Diagnostic) -> Command {
        let (name, _, rest) = try subcommand()
        switch name {
        case "users":
            return .listUsers(try filters(rest))
        case "acls":
            try expectNoArguments(rest, label: "\(typedName) acls")
            return .listACLs
        case "keys":
            try expectAtMost(1, of: rest)
            return .listKeys(try optionalUser(rest.first))
        default:
            try expectAtMost(1, of: rest)
            return .listAllowlist(try optionalUser(rest.first))
        }
    }

    /// `use`, `use -`, `use users <filters...>`, `use <user>`.
    ///
    /// `-` and `users` are keywords only when unquoted, so `use "users"`
    /// still selects a user whose email starts with "users".
    func parseUse() throws(Diagnostic) -> Command {
        guard let first = arguments.first else { return .showSelection }
        let rest = Array(arguments.dropFirst())
        if !first.wasQuoted && first.text == "-" {
            try expectAtMost(0, of: rest)
            return .clearSelection
        }
        if !first.wasQuoted && first.text.lowercased() == "users" {
            guard !rest.isEmpty else {
                throw missing("'\(typedName) users' needs at least one filter, e.g. '\(typedName) users acl=billing'")
            }
            return .useUsers(try filters(rest))
        }
        try expectAtMost(1, of: arguments)
        return .use(try userRef(first))
    }

    /// `api [user]` shows, `api on|off [user]` changes.
    ///
    /// A single argument that is not a toggle is taken as a user: a typo like
    /// `api of` then only shows a user, which is harmless, whereas with two
    /// arguments the first must be a toggle.
    func parseAPI() throws(Diagnostic) -> Command {
        guard let first = arguments.first else { return .apiShow(nil) }
        try expectAtMost(2, of: arguments)
        if let toggle = Toggle(first.text) {
            return .apiSet(toggle.isOn, try optionalUser(arguments.dropFirst().first))
        }
        guard arguments.count == 1 else {
            throw failure(Messages.valueExpected(typedName, ["on", "off"], got: first.text), at: first)
        }
        return .apiShow(try userRef(first))
    }
}
