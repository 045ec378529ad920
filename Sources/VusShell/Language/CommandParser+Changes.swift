extension CommandParser {
    /// `acl add|rm <acl>...`, `acl set [acl...]`; names may be comma-separated.
    func parseACL() throws(Diagnostic) -> Command {
        let (name, _, rest) = try subcommand()
        let change = ACLChange(rawValue: name) ?? .set
        var names: [String] = []
        for word in rest {
            for acl in try acls.resolveList(word) where !names.contains(acl) {
                names.append(acl)
            }
        }
        if names.isEmpty && change != .set {
            throw missing("'\(typedName) \(name)' needs at least one ACL name; 'ls acls' lists them")
        }
        return .acl(change, names)
    }

    /// `email <new-email>`.
    func parseEmail() throws(Diagnostic) -> Command {
        guard let address = arguments.first else {
            throw missing("'\(typedName)' needs the new email address")
        }
        try expectAtMost(1, of: arguments)
        try expectEmailAddress(address)
        return .email(address.text)
    }

    /// Rejects an email address without `@`.
    func expectEmailAddress(_ word: Word) throws(Diagnostic) {
        guard word.text.contains("@") else {
            throw failure("'\(word.text)' is not an email address (no '@')", at: word)
        }
    }

    /// `rm user [user]`.
    func parseRemove() throws(Diagnostic) -> Command {
        let (_, _, rest) = try subcommand()
        try expectAtMost(1, of: rest)
        return .removeUser(try optionalUser(rest.first))
    }

    /// `key new [name] [expires=DATE]`, `key rm <key-id>`.
    func parseKey() throws(Diagnostic) -> Command {
        let (name, _, rest) = try subcommand()
        guard name == "new" else {
            guard let id = rest.first else {
                throw missing("'\(typedName) rm' needs the key id; 'ls keys' shows them")
            }
            guard !id.text.isEmpty else { throw failure("the key id can't be empty", at: id) }
            try expectAtMost(1, of: rest)
            return .removeKey(id.text)
        }
        var keyName: String?
        var expires: String?
        for word in rest {
            let option = OptionWord(word)
            if option?.key == "expires" {
                guard expires == nil else { throw failure("duplicate option 'expires'", at: word) }
                let date = option?.value ?? ""
                guard ExpiryDate.isValid(date) else {
                    throw failure(
                        "expires takes a date like 2025-12-31 or 2025-12-31T23:59:59Z, got '\(date)'", at: word)
                }
                expires = date
            } else if let option, let suggestion = Suggest.closest(option.key, among: ["expires"]) {
                // A key name may contain '=', but `expire=...` is surely a typo.
                throw failure("unknown option '\(option.key)'; did you mean '\(suggestion)'?", at: word)
            } else if keyName == nil {
                guard !word.text.isEmpty else { throw failure("the key name can't be empty", at: word) }
                keyName = word.text
            } else {
                throw failure("unexpected argument '\(word.text)'", at: word)
            }
        }
        return .newKey(name: keyName, expires: expires)
    }

    /// `allow add|rm <cidr>`.
    func parseAllow() throws(Diagnostic) -> Command {
        let (name, _, rest) = try subcommand()
        guard let subnet = rest.first else {
            throw missing("'\(typedName) \(name)' needs a subnet like 203.0.113.0/24")
        }
        try expectAtMost(1, of: rest)
        switch CIDR.parse(subnet.text) {
        case .success(let cidr):
            return .allow(AllowChange(rawValue: name) ?? .add, cidr)
        case .failure(let error):
            throw failure(error.message, at: subnet)
        }
    }
}

/// A `key=value` word, split at its first `=`. The key is lowercased.
struct OptionWord {
    /// The part before `=`, lowercased.
    var key: String
    /// The part after `=` (may be empty).
    var value: String

    /// `nil` if the word has no `=`.
    init?(_ word: Word) {
        guard let equals = word.text.firstIndex(of: "=") else { return nil }
        key = word.text[..<equals].lowercased()
        value = String(word.text[word.text.index(after: equals)...])
    }
}
