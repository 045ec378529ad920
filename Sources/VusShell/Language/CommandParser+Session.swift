extension CommandParser {
    /// `set format|on-error|dry-run <value>` or `set NAME VALUE...`.
    func parseSet() throws(Diagnostic) -> Command {
        guard let nameWord = arguments.first else {
            throw missing("'\(typedName)' needs a setting (\(Setting.names.joined(separator: ", "))) or a variable name")
        }
        let name = nameWord.text
        let values = Array(arguments.dropFirst())
        let label = "\(typedName) \(name.lowercased())"
        switch name.lowercased() {
        case "format":
            let formats = OutputFormat.allCases.map(\.rawValue)
            let value = try singleValue(values, label: label, choices: formats)
            guard let format = OutputFormat(rawValue: value.text.lowercased()) else {
                throw failure(Messages.unknown("format", value.text, listLabel: "formats", list: formats), at: value)
            }
            return .set(.format(format))
        case "on-error":
            let policies = ErrorPolicy.allCases.map(\.rawValue)
            let value = try singleValue(values, label: label, choices: policies)
            guard let policy = ErrorPolicy(rawValue: value.text.lowercased()) else {
                throw failure(Messages.valueExpected("on-error", policies, got: value.text), at: value)
            }
            return .set(.onError(policy))
        case "dry-run":
            let value = try singleValue(values, label: label, choices: ["on", "off"])
            guard let toggle = Toggle(value.text) else {
                throw failure(Messages.valueExpected("dry-run", ["on", "off"], got: value.text), at: value)
            }
            return .set(.dryRun(toggle.isOn))
        default:
            try expectVariableName(nameWord)
            guard !values.isEmpty else {
                throw missing("'\(typedName) \(name)' needs a value")
            }
            return .set(.variable(name: name, value: values.map(\.text).joined(separator: " ")))
        }
    }

    /// Exactly one value word after a setting name.
    private func singleValue(_ values: [Word], label: String, choices: [String]) throws(Diagnostic) -> Word {
        guard let value = values.first else {
            throw missing("'\(label)' needs \(Messages.alternatives(choices))")
        }
        try expectAtMost(1, of: values)
        return value
    }

    /// Rejects names `$` could never expand, and near-misses of setting names
    /// (`dry_run`, `on-eror`) that would otherwise silently define a variable.
    private func expectVariableName(_ word: Word) throws(Diagnostic) {
        let name = word.text
        let dashed = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        if Setting.names.contains(dashed) {
            throw failure("unknown setting '\(name)'; did you mean '\(dashed)'?", at: word)
        }
        guard VariableName.isValid(name) else {
            if let suggestion = Suggest.closest(name, among: Setting.names) {
                throw failure("unknown setting '\(name)'; did you mean '\(suggestion)'?", at: word)
            }
            throw failure(
                "invalid variable name '\(name)'; names are letters, digits and '_', not starting with a digit",
                at: word)
        }
    }

    /// `source <file>`.
    func parseSource() throws(Diagnostic) -> Command {
        guard let file = arguments.first else {
            throw missing("'\(typedName)' needs a file name")
        }
        guard !file.text.isEmpty else { throw failure("the file name can't be empty", at: file) }
        try expectAtMost(1, of: arguments)
        return .source(file.text)
    }

    /// `help [command [subcommand]]`; a subcommand is accepted (`help create user`)
    /// because people type it, but help is per command.
    func parseHelp() throws(Diagnostic) -> Command {
        guard let topic = arguments.first else { return .help(nil) }
        guard let spec = CommandCatalog.spec(named: topic.text) else {
            throw failure(Self.unknownCommandMessage(topic.text), at: topic)
        }
        let rest = arguments.dropFirst()
        if let second = rest.first, spec.subcommands.contains(second.text.lowercased()) {
            try expectAtMost(2, of: arguments)
        } else {
            try expectAtMost(1, of: arguments)
        }
        return .help(spec.name)
    }
}
