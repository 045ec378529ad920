import VultrAPI

/// Parses `key=value` user filters and checks their values.
public enum FilterParser {
    /// The user statuses Vultr reports.
    static let statuses = UserStatus.known.map(\.description)

    /// The filter keys, in the order messages list them.
    static let keys = FilterKey.allCases.map(\.rawValue)

    /// Parses one filter word; see `Filter` for how values are normalized.
    static func parse(_ word: Word, acls: ACLNames) throws(Diagnostic) -> Filter {
        func failure(_ message: String) -> Diagnostic {
            Diagnostic(location: word.location, message: message)
        }
        guard let (keyText, comparison, value) = split(word.text) else {
            if let key = FilterKey(rawValue: word.text.lowercased()) {
                throw failure("filter '\(key.rawValue)' needs a value, e.g. \(example(for: key))")
            }
            throw failure("expected a filter key=value, got '\(word.text)'; filters: \(keys.joined(separator: ", "))")
        }
        guard let key = FilterKey(rawValue: keyText.lowercased()) else {
            throw failure(Messages.unknown("filter", keyText, listLabel: "filters", list: keys))
        }
        guard !value.isEmpty else {
            throw failure("filter '\(key.rawValue)' needs a value, e.g. \(example(for: key))")
        }
        guard comparison == .equal || key.isOrdered else {
            throw failure("filter '\(key.rawValue)' takes '=', not '\(comparison.rawValue)'; e.g. \(example(for: key))")
        }
        switch key {
        case .api:
            guard let toggle = Toggle(value) else {
                throw failure(Messages.valueExpected("api", ["on", "off"], got: value))
            }
            return Filter(key: key, pattern: Toggle.word(toggle.isOn))
        case .service, .suspended:
            guard let toggle = Toggle(value) else {
                throw failure(Messages.valueExpected(key.rawValue, ["yes", "no"], got: value))
            }
            return Filter(key: key, pattern: toggle.isOn ? "yes" : "no")
        case .group, .role, .policy:
            return Filter(key: key, pattern: value)
        case .status:
            guard let status = statuses.first(where: { $0 == value.lowercased() }) else {
                throw failure(Messages.valueExpected("status", statuses, got: value))
            }
            return Filter(key: key, pattern: status)
        case .acl:
            return Filter(key: key, pattern: try acls.resolvePattern(value, in: word))
        case .lastActivity, .invitedOn:
            guard DateBound.date(value) != nil else {
                throw failure("\(key.rawValue) takes a date like 2026-08-15 or an age like 90d (days) or 12w (weeks), got '\(value)'")
            }
            return Filter(key: key, pattern: value.lowercased(), comparison: comparison)
        case .keys:
            guard let count = Int(value), count >= 0 else {
                throw failure("keys takes a count like keys=0 or keys>0, got '\(value)'")
            }
            return Filter(key: key, pattern: String(count), comparison: comparison)
        case .sort:
            let field = value.hasPrefix("-") ? String(value.dropFirst()) : value
            guard FilterKey.sortFields.contains(field.lowercased()) else {
                throw failure(Messages.unknown("sort field", field, listLabel: "fields", list: FilterKey.sortFields))
            }
            return Filter(key: key, pattern: value.lowercased())
        case .email, .id, .name:
            return Filter(key: key, pattern: value)
        }
    }

    /// `key`, the comparison and the value of `last_activity<=2026-01-01`; `nil` without one.
    static func split(_ text: String) -> (String, Filter.Comparison, String)? {
        guard let index = text.firstIndex(where: { $0 == "=" || $0 == "<" || $0 == ">" }) else { return nil }
        let key = String(text[..<index])
        var rest = text[index...]
        let first = rest.removeFirst()
        var comparison: Filter.Comparison = first == "=" ? .equal : (first == "<" ? .less : .greater)
        if first != "=", rest.first == "=" {
            rest.removeFirst()
            comparison = first == "<" ? .lessOrEqual : .greaterOrEqual
        }
        return (key, comparison, String(rest))
    }

    /// A sample filter for "needs a value" messages.
    public static func example(for key: FilterKey) -> String {
        switch key {
        case .acl: return "acl=billing"
        case .api: return "api=on"
        case .email: return "email=*@example.com"
        case .id: return "id=7f3c*"
        case .name: return "name=Ada*"
        case .service: return "service=yes"
        case .status: return "status=active"
        case .suspended: return "suspended=yes"
        case .group: return "group=developers"
        case .role: return "role=auditor"
        case .policy: return "policy=billing-reader"
        case .lastActivity: return "last_activity<90d"
        case .invitedOn: return "invited_on>2026-01-01"
        case .keys: return "keys>0"
        case .sort: return "sort=-last_activity"
        }
    }
}
