extension CommandParser {
    /// The `key=value` options of `create user`, in the order messages list them.
    static let createUserOptions = ["first", "last", "acl", "api", "service", "password"]

    /// `create user <email> first=<..> last=<..> [acl=a,b] [api=on|off] [service] [password=<..>]`.
    ///
    /// Options may come in any order. A `key=value` word with a known key is
    /// an option; with an unknown key it is an error, unless it contains `@`
    /// (an email like `a=b@x.com`). The bare word `service` means `service=yes`.
    func parseCreate() throws(Diagnostic) -> Command {
        let (_, _, rest) = try subcommand()
        let label = "\(typedName) user"
        var email: String?
        var values: [String: String] = [:]
        var spec = NewUserSpec(email: "", firstName: "", lastName: "")
        for word in rest {
            if let option = OptionWord(word), Self.createUserOptions.contains(option.key) || !word.text.contains("@") {
                guard Self.createUserOptions.contains(option.key) else {
                    throw failure(
                        Messages.unknown("option", option.key, listLabel: "options", list: Self.createUserOptions),
                        at: word)
                }
                guard values[option.key] == nil else {
                    throw failure("duplicate option '\(option.key)'", at: word)
                }
                values[option.key] = option.value
                try apply(option, from: word, to: &spec)
            } else if !word.wasQuoted && word.text.lowercased() == "service" {
                guard values["service"] == nil else { throw failure("duplicate option 'service'", at: word) }
                values["service"] = "yes"
                spec.serviceUser = true
            } else if email == nil {
                try expectEmailAddress(word)
                email = word.text
            } else {
                throw failure("unexpected argument '\(word.text)'", at: word)
            }
        }
        guard let email else {
            throw missing("'\(label)' needs the new user's email address")
        }
        guard values["first"] != nil else { throw missing("'\(label)' needs first=<name>") }
        guard values["last"] != nil else { throw missing("'\(label)' needs last=<name>") }
        spec.email = email
        return .createUser(spec)
    }

    /// Checks one option's value and stores it in `spec`.
    private func apply(_ option: OptionWord, from word: Word, to spec: inout NewUserSpec) throws(Diagnostic) {
        let value = option.value
        switch option.key {
        case "first", "last", "password":
            guard !value.isEmpty else {
                throw failure("option '\(option.key)' needs a value, e.g. \(option.key)=\(Self.example(option.key))", at: word)
            }
            if option.key == "first" { spec.firstName = value }
            if option.key == "last" { spec.lastName = value }
            if option.key == "password" { spec.password = value }
        case "acl":
            var names: [String] = []
            for acl in try acls.resolveList(word, text: value) where !names.contains(acl) {
                names.append(acl)
            }
            spec.acls = names
        case "api":
            guard let toggle = Toggle(value) else {
                throw failure(Messages.valueExpected("api", ["on", "off"], got: value), at: word)
            }
            spec.apiEnabled = toggle.isOn
        default: // "service=yes|no"
            guard let toggle = Toggle(value) else {
                throw failure(Messages.valueExpected("service", ["yes", "no"], got: value), at: word)
            }
            spec.serviceUser = toggle.isOn
        }
    }

    /// A sample value for "needs a value" messages.
    private static func example(_ key: String) -> String {
        switch key {
        case "first": return "Ada"
        case "last": return "Lovelace"
        default: return "<secret>"
        }
    }
}
