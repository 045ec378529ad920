import VultrValues

/// Gives meaning to the words of one command using the registry's syntaxes: picks the form by
/// its verb and keyword, checks every argument by its kind, and builds the typed command.
struct CommandParser<Command: Sendable> {
    let registry: CommandRegistry<Command>
    let context: ArgumentParsingContext
    let isInteractive: Bool

    init(registry: CommandRegistry<Command>, knownACLs: [String], isInteractive: Bool) {
        self.registry = registry
        self.context = ArgumentParsingContext(acls: ACLNames(known: knownACLs), commands: registry.syntaxes)
        self.isInteractive = isInteractive
    }

    /// A parsed command and the names of the account its arguments use or make.
    typealias Parsed = (command: Command, names: [NameUse])

    /// Parses one command's words. `location` is only used if `words` is empty.
    func parse(_ words: [Word], at location: SourceLocation) throws(Diagnostic) -> Parsed {
        guard let verbWord = words.first else { throw Diagnostic(location: location, message: "empty command") }
        let forms = registry.forms(of: verbWord.text)
        guard let verb = forms.first?.syntax.verb else {
            throw Diagnostic(location: verbWord.location, message: registry.syntaxes.unknownCommandMessage(verbWord.text))
        }
        let rest = Array(words.dropFirst())
        if let first = rest.first, !first.wasQuoted {
            for form in forms {
                if let keyword = form.syntax.keywords.first(where: { $0.matches(first.text) }) {
                    return try build(form, verbWord: verbWord, keyword: keyword.word, words: Array(rest.dropFirst()))
                }
            }
        }
        let keywords = forms.flatMap({ $0.syntax.keywords }).map(\.word)
        let hint = forms.compactMap({ $0.syntax.keywordHint }).first.map { " (\($0))" } ?? ""
        guard let plain = forms.first(where: { $0.syntax.keywords.isEmpty }) else {
            guard let first = rest.first else {
                throw Diagnostic(location: verbWord.location,
                                 message: "'\(verb)' needs \(Messages.alternatives(keywords))\(hint)")
            }
            throw Diagnostic(location: first.location,
                             message: Messages.subcommandExpected(verb, keywords, got: first.text) + hint)
        }
        do {
            return try build(plain, verbWord: verbWord, keyword: nil, words: rest)
        } catch {
            // A word where a keyword could stand is more likely a typo of one (`api of`) than
            // a user: say both, and suggest the keyword when one is close.
            guard let first = rest.first, error.location == first.location, !keywords.isEmpty,
                  !first.text.hasPrefix("#"), !keywords.contains(first.text.lowercased()),
                  let parameter = plain.syntax.parameters.first else { throw error }
            throw Diagnostic(location: first.location, message:
                "'\(verb)' takes \(Messages.alternatives(keywords + [parameter.kind.describedAs(parameter.name)])), "
                + "got '\(first.text)'" + (Suggest.didYouMean(first.text, among: keywords) ?? "") + hint)
        }
    }

    /// Assigns the words to the form's options and parameters, checks each, and builds the command.
    private func build(_ form: CommandRegistry<Command>.Form, verbWord: Word, keyword: String?,
                       words: [Word]) throws(Diagnostic) -> Parsed {
        let syntax = form.syntax
        let label = ([verbWord.text.lowercased()] + (keyword.map { [$0] } ?? [])).joined(separator: " ")
        var arguments = ParsedArguments(commandWord: verbWord, keyword: keyword, isInteractive: isInteractive)
        var position = 0
        for word in words {
            let slot = position < syntax.parameters.count
                ? syntax.parameterPosition(for: word.text, quoted: word.wasQuoted, at: position) : position
            let expected = slot < syntax.parameters.count ? syntax.parameters[slot].kind : nil
            if try takeOption(word, syntax: syntax, into: &arguments, expecting: expected) {
                continue
            }
            position = slot
            guard position < syntax.parameters.count else {
                let takes = syntax.parameters.isEmpty && syntax.options.isEmpty ? "'\(label)' takes no arguments; " : ""
                throw Diagnostic(location: word.location, message: "\(takes)unexpected argument '\(word.text)'")
            }
            let parameter = syntax.parameters[position]
            let value = try parameter.kind.parse(word, name: parameter.messageName ?? parameter.name, in: context)
            arguments.append(value, for: parameter.name, word: word)
            noteName(value, of: parameter.kind, word: word, syntax: syntax, into: &arguments)
            if case .many = parameter.arity {} else { position += 1 }
        }
        for parameter in syntax.parameters where parameter.isRequired && !arguments.has(parameter.name) {
            throw arguments.missing("'\(label)' needs \(parameter.usage); usage: \(syntax.usage)")
        }
        for option in syntax.options where option.isRequired && !arguments.has(option.key) {
            throw arguments.missing("'\(label)' needs \(option.key)=<\(option.placeholder)>; usage: \(syntax.usage)")
        }
        return (try form.make(arguments), arguments.names)
    }

    /// Adds the name `value` uses or makes, if it names something of the account.
    private func noteName(_ value: ArgumentValue, of kind: ArgumentKind, word: Word, syntax: CommandSyntax,
                          into arguments: inout ParsedArguments) {
        let removes = arguments.keyword.map(syntax.removingKeywords.contains) ?? false
        if let use = kind.nameUse(of: value, keyword: arguments.keyword, removes: removes, at: word.location) {
            arguments.names.append(use)
        }
    }

    /// Takes `word` as an option when it is one (`key=value` with a known key, or a flag word);
    /// a `key=value` whose key is close to an option's is an error rather than an argument, unless
    /// it is a filter where filters are expected (`export users api=on file=x.yaml`).
    private func takeOption(_ word: Word, syntax: CommandSyntax, into arguments: inout ParsedArguments,
                            expecting expected: ArgumentKind?) throws(Diagnostic) -> Bool {
        guard !syntax.options.isEmpty else { return false }
        let keys = syntax.options.map(\.key)
        if !word.wasQuoted, let flag = syntax.options.first(where: { $0.isFlag && $0.key == word.text.lowercased() }) {
            try record(.toggle(true), for: flag.key, word: word, into: &arguments)
            return true
        }
        if expected == .filter, let (key, _, _) = FilterParser.split(word.text), FilterKey(rawValue: key.lowercased()) != nil {
            return false
        }
        guard let option = OptionWord(word) else { return false }
        guard let spec = syntax.options.first(where: { $0.key == option.key }) else {
            if !word.text.contains("@"), expected != .text || Suggest.closest(option.key, among: keys) != nil {
                throw Diagnostic(location: word.location,
                                 message: Messages.unknown("option", option.key, listLabel: "options", list: keys))
            }
            return false
        }
        guard !option.value.isEmpty || spec.kind == .acl else {
            throw Diagnostic(location: word.location, message: "option '\(spec.key)' needs a value: \(spec.key)=<\(spec.placeholder)>")
        }
        let valueWord = Word(text: option.value, location: word.location, wasQuoted: word.wasQuoted)
        let value = try spec.kind.parse(valueWord, name: spec.key, in: context)
        try record(value, for: spec.key, word: word, into: &arguments)
        noteName(value, of: spec.kind, word: word, syntax: syntax, into: &arguments)
        return true
    }

    private func record(_ value: ArgumentValue, for key: String, word: Word,
                        into arguments: inout ParsedArguments) throws(Diagnostic) {
        guard !arguments.has(key) else { throw Diagnostic(location: word.location, message: "duplicate option '\(key)'") }
        arguments.append(value, for: key, word: word)
    }
}

/// A `key=value` word split at its first `=`.
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
