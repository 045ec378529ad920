/// What a script does when a command fails (`set on-error ...`).
public enum ErrorPolicy: String, Sendable, CaseIterable {
    /// Stop the script at the first failing command.
    case stop
    /// Report the failure and go on with the next command.
    case `continue`
}
