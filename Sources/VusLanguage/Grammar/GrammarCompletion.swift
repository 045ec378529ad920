import VultrAccess
import VultrAPI

/// The values Tab offers that come from outside the grammar: users of the account, files.
public protocol CompletionValues: Sendable {
    /// Emails of known users, or ids when `current` looks like one.
    func users(_ current: String) -> [String]
    /// Emails and ids of known users (for `email=` and `id=` filters).
    func emails() -> [String]
    func ids() -> [String]
    /// Names of the organization's groups, roles or policies.
    func names(of noun: IAMNoun) -> [String]
    /// Files and folders matching `current`.
    func paths(_ current: String) -> [String]
}

/// Tab completion and inline hints derived from the registry's syntaxes: whatever a form's
/// parameters and options accept is what Tab offers at their positions.
public struct GrammarCompletion {
    let commands: CommandSyntaxTable
    let values: any CompletionValues

    /// Completion of `commands`, offering `values` where they take users, names or files.
    public init(commands: CommandSyntaxTable, values: any CompletionValues) {
        self.commands = commands
        self.values = values
    }

    /// Everything that could stand at `current` (a partial word) after the complete `words`.
    public func candidates(words: [String], current: String) -> [String] {
        guard let verb = words.first else { return commands.names.sorted() }
        let forms = commands.forms(of: verb)
        let rest = Array(words.dropFirst())
        let plain = forms.first { $0.keywords.isEmpty }
        guard let first = rest.first else {
            let keywords = forms.flatMap({ $0.keywords }).map(\.word)
            return keywords + (plain.map { candidates(for: $0, arguments: [], current: current) } ?? [])
        }
        if let form = forms.first(where: { $0.keywords.contains { $0.matches(first) } }) {
            let keyword = form.keywords.first { $0.matches(first) }?.word
            return candidates(for: form, arguments: Array(rest.dropFirst()), current: current, keyword: keyword)
        }
        return plain.map { candidates(for: $0, arguments: rest, current: current) } ?? []
    }

    /// The hint after a command word (and keyword) and a space: `users|acls|keys|allow|settings`.
    public func hint(words: [String]) -> String? {
        guard let verb = words.first else { return nil }
        let forms = commands.forms(of: verb)
        if words.count == 2, let form = forms.first(where: { $0.keywords.contains { $0.matches(words[1]) } }) {
            let arguments = (form.parameters.map(\.usage) + form.options.map(\.usage)).joined(separator: " ")
            return arguments.isEmpty ? nil : arguments
        }
        guard words.count == 1 else { return nil }
        var keywords: [String] = []
        for word in forms.flatMap({ $0.keywords }).map(\.word) where !keywords.contains(word) { keywords.append(word) }
        let plain = forms.first { $0.keywords.isEmpty }.map { $0.arguments }.flatMap { $0.isEmpty ? nil : $0 }
        let parts = [keywords.isEmpty ? nil : keywords.joined(separator: "|"), plain].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " | ")
    }

    /// What `syntax` takes at `current`; `keyword` is the word that chose the form, if one did.
    private func candidates(for syntax: CommandSyntax, arguments: [String], current: String, keyword: String? = nil) -> [String] {
        if let equals = current.firstIndex(of: "="),
           let option = syntax.options.first(where: { $0.key == current[..<equals].lowercased() }) {
            let typed = String(current[current.index(after: equals)...])
            return values(of: option.kind, typed: typed, used: []).map { "\(option.key)=\($0)" }
        }
        var position = 0
        var usedOptions = Set<String>()
        for word in arguments {
            let key = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            if syntax.options.contains(where: { $0.key == key && (word.contains("=") || $0.isFlag) }) {
                usedOptions.insert(key)
                continue
            }
            // Completion's words have lost their quotes, so a quoted filter-like word counts as a
            // filter here; that only changes what Tab offers after it, never what runs.
            if position < syntax.parameters.count {
                position = syntax.parameterPosition(for: word, quoted: false, at: position)
            }
            if position < syntax.parameters.count, case .many = syntax.parameters[position].arity {} else { position += 1 }
        }
        var offered: [String] = []
        if position < syntax.parameters.count {
            offered = values(of: syntax.parameters[position].kind, typed: current, used: arguments, keyword: keyword)
        }
        for option in syntax.options where !usedOptions.contains(option.key) {
            switch option.kind {
            case .toggle where !option.isFlag: offered += ["\(option.key)=on", "\(option.key)=off"]
            default: offered.append(option.isFlag ? option.key : "\(option.key)=")
            }
        }
        return offered
    }

    private func values(of kind: ArgumentKind, typed: String, used: [String], keyword: String? = nil) -> [String] {
        switch kind {
        case .user: return values.users(typed)
        case .filter: return filterValues(typed)
        case .acl:
            // billing,dn<Tab>: complete the name after the last comma.
            let done = typed.split(separator: ",", omittingEmptySubsequences: false).dropLast().map(String.init)
            let head = done.map { $0 + "," }.joined()
            return ACL.known.map(\.rawValue).filter { !done.contains($0) && !used.contains($0) }.map { head + $0 }
        case .toggle: return ["on", "off"]
        case .choice(let choices): return choices
        case .commandName: return commands.names.sorted()
        case .path: return values.paths(typed)
        case .keyID(let allowsAll): return allowsAll ? ["all"] : []
        case .literal(let word): return [word]
        case .action: return ActionCatalog.published.actions
        case .statementWord: return PolicyEffectWord.allCases.map(\.rawValue) + ActionCatalog.published.actions
        case .named(let noun): return values.names(of: noun)
        case .namedByKeyword: return keyword.flatMap(IAMNoun.init(rawValue:)).map { values.names(of: $0) } ?? []
        case .email, .cidr, .date, .age, .variableName, .newName, .text: return []
        }
    }

    private func filterValues(_ typed: String) -> [String] {
        guard let equals = typed.firstIndex(of: "=") else { return FilterKey.allCases.map { "\($0.rawValue)=" } }
        let key = typed[..<equals]
        let choices: [String] = switch key {
        case "api": ["on", "off"]
        case "service", "suspended": ["yes", "no"]
        case "group": values.names(of: .group)
        case "role": values.names(of: .role)
        case "policy": values.names(of: .policy)
        case "status": FilterParser.statuses
        case "acl": ACL.known.map(\.rawValue)
        case "email": values.emails()
        case "id": values.ids()
        case "sort": FilterKey.sortFields + FilterKey.sortFields.map { "-" + $0 }
        default: []
        }
        return choices.map { "\(key)=\($0)" }
    }
}
