/// What the `vus` command line asked for.
public struct LaunchOptions: Sendable {
    /// A script file to run; `-` means standard input.
    public var scriptPath: String?
    /// Words after the script's name: `$arg1`, `$arg2`… and `$argc`.
    public var scriptArguments: [String] = []
    /// `-c` texts, run in order.
    public var commands: [String] = []
    /// `-v name=value`.
    public var variables: [String: String] = [:]
    public var keepGoing = false
    public var echo = false
    public var trace = false
    public var dryRun = false
    /// `--no-journal`: send changes without journaling them (`undo` cannot revert them).
    public var noJournal = false
    public var assumeYes = false
    public var quiet = false
    public var format: OutputFormat?
    public var color: ColorChoice = .auto

    public init() {}

    /// `--color`.
    public enum ColorChoice: String, Sendable, CaseIterable {
        case auto, always, never
    }
}
