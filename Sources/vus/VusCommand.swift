import ArgumentParser
import Foundation
import LineEditing
import VultrAPI
import VusShell

/// `vus`: parses the command line and hands over to `VusApp`.
@main
struct VusCommand: AsyncParsableCommand {
    /// The configuration ArgumentParser reads: `plainConfiguration`, as `CompletionScriptCheck`
    /// adjusts it while a command line is parsed.
    static var configuration: CommandConfiguration { CompletionScriptCheck.configuration(plainConfiguration) }

    private static let plainConfiguration = CommandConfiguration(
        commandName: "vus",
        abstract: "The Vultr user shell: manage the users of a Vultr account and their API access.",
        discussion: """
            With no script, vus is an interactive shell on a terminal and reads commands line by line \
            from a pipe. A script file or -c text is parsed whole before anything runs. Type 'help' \
            inside vus for the commands.

            Exit status: \(ExitStatus.summary).

            The API key comes from VULTR_API_KEY, vus's config ($XDG_CONFIG_HOME/vus/config.yaml), \
            or vultr-cli's config. Try vus without an account: vus --sandbox
            """,
        version: VusVersion.current)

    @Argument(help: ArgumentHelp("A .vus script to run, or - for standard input.", valueName: "script"))
    var script: String?

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("Arguments for the script ($arg1, $arg2…, $argc).", valueName: "args"))
    var scriptArguments: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp("Run these commands (repeatable; ; separates commands).", valueName: "commands"))
    var commands: [String] = []

    @Option(name: .customShort("v"), help: ArgumentHelp(
        "Set a variable for the script (repeatable); name=@path reads the value from a file or a pipe (PW=@<(pass show vultr)), so a password need not be on the command line.",
        valueName: "name=value"))
    var variables: [String] = []

    @Flag(name: .customLong("keep-going"), help: "Run the remaining commands after one fails.")
    var keepGoing = false

    @Flag(name: [.customShort("x"), .customLong("echo")], help: "Print each command to standard error before running it.")
    var echo = false

    @Option(help: ArgumentHelp("Output format: table, json, yaml, csv or jsonl (one record per line).", valueName: "format"))
    var format: String?

    @Option(help: "Use this profile of vus's config file.")
    var profile: String?

    @Option(name: .customLong("api-url"), help: ArgumentHelp("Talk to this API instead of https://api.vultr.com.", valueName: "url"))
    var apiURL: String?

    @Flag(help: "Print every HTTP exchange (method, path, status, attempt, time) to standard error; never the key.")
    var trace = false

    @Flag(name: .customLong("dry-run"), help: "Print the requests changes would send, and send none.")
    var dryRun = false

    @Flag(name: .customLong("no-journal"), help: "Send changes without journaling them (when the journal cannot be written); 'undo' cannot revert them.")
    var noJournal = false

    @Flag(name: .customShort("y"), help: "Do not ask before changing several users or deleting one.")
    var yes = false

    @Flag(name: .shortAndLong, help: "Print only ids.")
    var quiet = false

    @Option(help: ArgumentHelp("Colour: auto (a terminal without NO_COLOR), always or never.", valueName: "when"))
    var color: String?

    @Flag(help: "Run against a local emulator of the Vultr API with a seeded account (no account needed).")
    var sandbox = false

    @Option(name: .customLong("sandbox-state"), help: ArgumentHelp("Keep the sandbox's state in this file.", valueName: "file"))
    var sandboxState: String?

    @Option(name: .customLong("sandbox-from"), help: ArgumentHelp("Start the sandbox with exactly the users (and groups, roles and policies) of this file (from 'export users').", valueName: "file"))
    var sandboxFrom: String?

    func validate() throws {
        if let format, OutputFormat(rawValue: format) == nil {
            throw ValidationError("unknown format '\(format)'; use table, json, yaml, csv or jsonl")
        }
        if let color, LaunchOptions.ColorChoice(rawValue: color) == nil {
            throw ValidationError("--color takes auto, always or never")
        }
        for variable in variables where !variable.contains("=") {
            throw ValidationError("-v takes name=value, got '\(variable)'")
        }
        if sandboxState != nil && !sandbox { throw ValidationError("--sandbox-state needs --sandbox") }
        if sandboxFrom != nil && !sandbox { throw ValidationError("--sandbox-from needs --sandbox") }
        if sandbox && (apiURL != nil || profile != nil) { throw ValidationError("--sandbox cannot be combined with --api-url or --profile") }
    }

    /// What the command line asked for, with `-v` values read (each file once: a pipe has one reading).
    func options(variables: [String: String]) -> LaunchOptions {
        var options = LaunchOptions()
        options.scriptPath = script
        options.scriptArguments = scriptArguments
        options.commands = commands
        options.variables = variables
        options.keepGoing = keepGoing
        options.echo = echo
        options.trace = trace
        options.dryRun = dryRun
        options.noJournal = noJournal
        options.assumeYes = yes
        options.quiet = quiet
        options.format = format.flatMap(OutputFormat.init(rawValue:))
        options.color = color.flatMap(LaunchOptions.ColorChoice.init(rawValue:)) ?? .auto
        return options
    }

    func run() async throws {
        let (sandbox, sandboxState, profile, apiURL) = (self.sandbox, self.sandboxState, self.profile, self.apiURL)
        let sandboxFrom = self.sandboxFrom
        let variables: [String: String]
        switch ScriptVariables.values(self.variables) {
        case .success(let values): variables = values
        case .failure(let error): throw ValidationError(error.description)
        }
        let status = await VusApp.run(options(variables: variables)) { environment in
            guard sandbox else {
                return Connection(credentials: try CredentialResolver(environment: environment).resolve(profile: profile, apiURL: apiURL))
            }
            return try await AttachedSandbox.start(stateFile: sandboxState, seedFile: sandboxFrom)
        }
        throw ExitCode(status)
    }

    /// Usage errors exit with 2, as the rest of vus's errors that stop anything from running.
    static func main() async {
        // Most runs talk to the API: its client and the language start on another thread while
        // the command line is read. Asking only for help or the version needs neither (this looks
        // for those words, it does not read the command line: ArgumentParser does that next).
        if !CommandLine.arguments.dropFirst().contains(where: { ["--help", "-h", "--version"].contains($0) }) {
            VusApp.prepare()
            // The run goes on in the concurrency pool once the command line is read. This starts
            // the pool's first thread now, so that one is waiting by then: creating it only then
            // cost about 0.7 ms of each start, and creating it before the preparing thread about
            // 0.4 ms (scripts/bench, interleaved runs).
            Task.detached {}
        }
        do {
            // The root has no subcommands, so the parsed command is a VusCommand. A cast to that type
            // is a comparison; one to a protocol (`any AsyncParsableCommand`, or `parse()`'s) searches
            // every protocol conformance in the binary, about 0.1 ms at each start.
            let parsed = try CompletionScriptCheck.parse(CommandLine.arguments.dropFirst()) { try parseAsRoot() }
            if let command = parsed as? VusCommand {
                try await command.run()
            } else if var command = parsed as? any AsyncParsableCommand {
                try await command.run()
            } else {
                var command = parsed
                try command.run()
            }
        } catch let code as ExitCode {
            // The status vus ran to: ArgumentParser's `exit(withError:)` would first build a
            // help generator for it (about a millisecond at every start).
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.mistake.rawValue)
            }
            exit(withError: error)
        }
    }
}
