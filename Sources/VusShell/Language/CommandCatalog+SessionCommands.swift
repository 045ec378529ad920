extension CommandCatalog {
    /// Commands about the shell session itself rather than the account.
    static let sessionCommands: [CommandSpec] = [
        CommandSpec(
            name: "set", subcommands: Setting.names,
            usage: ["set format table|json|yaml|csv", "set on-error stop|continue", "set dry-run on|off", "set <name> <value>"],
            summary: "Change a setting or define a variable",
            details: """
            Change the output format, whether a script stops at the first failing command, \
            or dry-run mode (mutations are shown, not sent). Any other name defines a \
            variable for $name; several value words are joined by one space.
              set format json
              set dry-run on
              set domain example.com
            """,
            argumentHint: "<setting|name> <value>"),
        CommandSpec(
            name: "echo", usage: ["echo [text...]"],
            summary: "Print text",
            details: """
            Print the words joined by one space, after variable expansion.
              echo "offboarding $user"
            """,
            argumentHint: "[text...]"),
        CommandSpec(
            name: "source", usage: ["source <file>"],
            summary: "Run the commands in a file",
            details: """
            Read and run a script file; its variables and settings stay in effect.
              source offboard.vus
            """,
            argumentHint: "<file>"),
        CommandSpec(
            name: "help", usage: ["help [command]"],
            summary: "List the commands, or explain one",
            details: """
            Without arguments, list every command; with a command name, show its usage, \
            a description and examples.
              help
              help acl
            """,
            argumentHint: "[command]"),
        CommandSpec(
            name: "exit", usage: ["exit", "quit"],
            summary: "Leave the shell",
            details: """
            Leave the shell (or stop reading the current script). 'quit' does the same.
              exit
            """),
    ]
}
