/// The text of `help` and `help <command>`, built from the command catalog so it lists exactly
/// the commands the parser accepts.
enum HelpText {
    static var overview: String {
        let rows = CommandCatalog.all.flatMap { spec in spec.usage.map { ($0, spec.summary) } }
        let width = min(44, rows.map(\.0.count).max() ?? 0)
        var text = "vus — manage the users of a Vultr account and their API access.\n\nCommands:\n"
        var lastSummary = ""
        for (usage, summary) in rows {
            let shown = summary == lastSummary ? "" : summary
            lastSummary = summary
            text += "  " + usage.padding(toLength: max(width, usage.count), withPad: " ", startingAt: 0) + "  " + shown + "\n"
        }
        text += """

            Users are named by id, email, #N (row N of the last listing) or an unambiguous prefix.
            Commands that act on users use the selection ('use') unless a user is named.
            Filters for 'ls users' and 'use users': key=value terms, all must match, * and ? are
            wildcards: api=on|off  email=*@contractor.com  name=Ali*  acl=billing
                       status=pending|active|suspended|closed  service=yes|no  id=3f2*
            Quotes: 'single' is literal; "double" expands $name and takes \\ escapes.
            # starts a comment; ; separates commands; a trailing \\ continues the line.
            Variables: set name value, or vus -v name=value; use $name or ${name}.

            Type 'help <command>' for details and examples.

            """
        return text
    }

    static func topic(_ name: String) -> String? {
        guard let spec = CommandCatalog.spec(named: name) else { return nil }
        var text = spec.usage.map { "usage: \($0)" }.joined(separator: "\n") + "\n\n" + spec.summary + "\n"
        if !spec.details.isEmpty { text += "\n" + spec.details.trimmingCharacters(in: .newlines) + "\n" }
        return text
    }
}
