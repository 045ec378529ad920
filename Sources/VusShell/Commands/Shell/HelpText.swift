import VultrAPI

/// The text of `help` and `help <command>`, built from the registry's syntaxes.
enum HelpText {
    static func overview(_ registry: ShellRegistry) -> String {
        let rows = registry.commands.map { ($0.syntax.usage, $0.syntax.summary) }
        let width = min(44, rows.map(\.0.count).max() ?? 0)
        var text = "vus \(VusVersion.current) — manage the users of a Vultr account and their API access.\n\nCommands:\n"
        for (usage, summary) in rows {
            let padded = usage.count >= width ? usage + "\n" + String(repeating: " ", count: width + 2)
                : usage.padding(toLength: width, withPad: " ", startingAt: 0)
            text += "  " + padded + "  " + summary + "\n"
        }
        text += """

            Users are named by email, id, an unambiguous prefix of either (an email prefix \
            keeps its @), or #N (row N of the last listing). Commands that act on users use the \
            selection ('use') unless a user is named.
            Filters for 'ls users', 'use users' and 'export users' all must match; * and ? are
            wildcards; dates and counts compare (never active counts as oldest); sort= orders rows:
            \(filterExamples)
            group=, role= and policy= match whoever holds it, directly or through a group or role.
            \(wrapped("Exit status: \(ExitStatus.summary)."))
            Quotes: 'single' is literal; "double" expands $name and takes \\ escapes.
            A line starting with #, or a lone # and what follows, is a comment; ; separates
            commands; a trailing \\ continues the line.
            Variables: let name = value, or vus -v name=value (-v name=@file reads a file or pipe);
            use $name or ${name}.

            Type 'help <command>' for details and examples.

            """
        return text
    }

    /// `text` in lines of at most 90 columns, broken at spaces, each after `indent`.
    static func wrapped(_ text: String, indent: String = "", separator: String = " ") -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, indent.count + line.count + separator.count + word.count > 90 { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : separator) + word
        }
        return (lines + [line]).map { indent + $0 }.joined(separator: "\n")
    }

    /// One example of each filter.
    static var filterExamples: String {
        wrapped(FilterKey.allCases.map(FilterParser.example(for:)).joined(separator: " "), indent: "  ", separator: "  ")
    }

    /// The README's table of commands: every form's synopsis and summary, in registry order.
    static func markdownTable(_ registry: ShellRegistry) -> String {
        let rows = registry.commands.map { form in
            "| `\(form.syntax.usage.replacingOccurrences(of: "|", with: "\\|"))` | \(form.syntax.summary) |"
        }
        return (["| Command | What it does |", "|---|---|"] + rows).joined(separator: "\n") + "\n"
    }

    static func topic(_ verb: String, keyword: String?, in registry: ShellRegistry) -> String {
        let forms = registry.forms(of: verb).filter { form in
            keyword == nil || form.syntax.keywords.contains { $0.word == keyword }
        }
        return forms.map { form in
            let syntax = form.syntax
            var text = "usage: \(syntax.usage)\n\n\(syntax.summary).\n\(syntax.details)\n"
            text += "Examples:\n" + syntax.examples.map { "  \($0)\n" }.joined()
            return text
        }.joined(separator: "\n")
    }
}

