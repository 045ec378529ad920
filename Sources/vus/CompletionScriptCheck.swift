import ArgumentParser
import Synchronization

/// Lets ArgumentParser skip its look for `--generate-completion-script` when no argument asks
/// for a completion script.
///
/// On every run ArgumentParser looks for that option by parsing two commands of its own, 2.3 M
/// instructions of each start (callgrind), most of them in searches of the binary's protocol
/// conformances; it can only find the option if an argument spells it. ArgumentParser skips the
/// look for a command with a super-command name, a name it shows only in help and usage. So,
/// while such a command line is parsed, `VusCommand`'s configuration carries one, and help and
/// usage, which are printed once parsing is over, never see it.
enum CompletionScriptCheck {
    private static let skipped = Atomic(false)

    /// `plain`, or while a command line that cannot ask for a completion script is parsed, `plain`
    /// with the super-command name that makes ArgumentParser skip the look.
    static func configuration(_ plain: CommandConfiguration) -> CommandConfiguration {
        guard skipped.load(ordering: .relaxed) else { return plain }
        var configuration = plain
        configuration._superCommandName = "vus"
        return configuration
    }

    /// Runs `parse`, without the look unless one of `arguments` is the completion-script option.
    static func parse<Parsed>(_ arguments: some Sequence<String>, _ parse: () throws -> sending Parsed) rethrows -> sending Parsed {
        let asksForScript = arguments.contains { $0.hasPrefix("--generate-completion-script") }
        skipped.store(!asksForScript, ordering: .relaxed)
        defer { skipped.store(false, ordering: .relaxed) }
        return try parse()
    }
}
