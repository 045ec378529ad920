/// How listings are printed (`set format ...`).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people.
    case table
    /// JSON for programs.
    case json
    /// YAML.
    case yaml
    /// Comma-separated values for spreadsheets.
    case csv
    /// JSON Lines: one record per line, written as each command ends, for long runs into `jq`.
    case jsonl
}
