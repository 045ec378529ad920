/// The list of commands the shell understands.
public enum CommandCatalog {
    /// Every command, in the order `help` lists them.
    public static let all: [CommandSpec] = userCommands + sessionCommands

    /// Every word accepted as a command name, including the alias `quit`.
    public static let names: [String] = all.map(\.name) + aliases.keys.sorted()

    /// Alternative spellings of commands.
    static let aliases: [String: String] = ["quit": "exit"]

    /// The spec for a command name (case-insensitive); `quit` gives `exit`'s.
    public static func spec(named name: String) -> CommandSpec? {
        let lowered = name.lowercased()
        let canonical = aliases[lowered] ?? lowered
        return all.first { $0.name == canonical }
    }
}
