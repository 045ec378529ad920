/// Parses `key=value` user filters and checks their values.
enum FilterParser {
    /// The user statuses Vultr reports.
    static let statuses = ["pending", "active", "suspended", "closed"]

    /// The filter keys, in the order messages list them.
    static let keys = FilterKey.allCases.map(\.rawValue)

    /// Parses one filter word; see `Filter` for how values are normalized.
    static func parse(_ word: Word, acls: ACLNames) throws(Diagnostic) -> Filter {
        func failure(_ message: String) -> Diagnostic {
            Diagnostic(location: word.location, message: message)
        }
        guard let option = OptionWord(word) else {
            if let key = FilterKey(rawValue: word.text.lowercased()) {
                throw failure("filter '\(key.rawValue)' needs a value, e.g. \(example(for: key))")
            }
            throw failure("expected a filter key=value, got '\(word.text)'; filters: \(keys.joined(separator: ", "))")
        }
        guard let key = FilterKey(rawValue: option.key) else {
            throw failure(Messages.unknown("filter", option.key, listLabel: "filters", list: keys))
        }
        let value = option.value
        guard !value.isEmpty else {
            throw failure("filter '\(key.rawValue)' needs a value, e.g. \(example(for: key))")
        }
        switch key {
        case .api:
            guard let toggle = Toggle(value) else {
                throw failure(Messages.valueExpected("api", ["on", "off"], got: value))
            }
            return Filter(key: key, pattern: toggle.isOn ? "on" : "off")
        case .service:
            guard let toggle = Toggle(value) else {
                throw failure(Messages.valueExpected("service", ["yes", "no"], got: value))
            }
            return Filter(key: key, pattern: toggle.isOn ? "yes" : "no")
        case .status:
            guard let status = statuses.first(where: { $0 == value.lowercased() }) else {
                throw failure(Messages.valueExpected("status", statuses, got: value))
            }
            return Filter(key: key, pattern: status)
        case .acl:
            return Filter(key: key, pattern: try acls.resolvePattern(value, in: word))
        case .email, .id, .name:
            return Filter(key: key, pattern: value)
        }
    }

    /// A sample filter for "needs a value" messages.
    static func example(for key: FilterKey) -> String {
        switch key {
        case .acl: return "acl=billing"
        case .api: return "api=on"
        case .email: return "email=*@example.com"
        case .id: return "id=7f3c*"
        case .name: return "name=Ada*"
        case .service: return "service=yes"
        case .status: return "status=active"
        }
    }
}
