/// What a `set` command changes.
public enum Setting: Sendable, Equatable {
    /// `set format table|json|yaml|csv`.
    case format(OutputFormat)
    /// `set on-error stop|continue`.
    case onError(ErrorPolicy)
    /// `set dry-run on|off`.
    case dryRun(Bool)
    /// `set NAME VALUE...`: a variable, already defined at parse time so later
    /// lines of the same script can use `$NAME`.
    case variable(name: String, value: String)

    /// The setting names `set` recognizes; any other name defines a variable.
    public static let names = ["format", "on-error", "dry-run"]
}
