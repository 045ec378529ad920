/// One `key=value` condition on users; a command's filters are ANDed.
///
/// The pattern is normalized by the parser: toggles become `on`/`off` (for
/// `api`) or `yes`/`no` (for `service`), statuses are lowercased and exact ACL
/// names take their canonical spelling. Glob patterns are kept as written.
public struct Filter: Sendable, Equatable {
    /// The attribute tested.
    public var key: FilterKey
    /// The value or glob pattern to test it against.
    public var pattern: String

    /// Creates a filter.
    public init(key: FilterKey, pattern: String) {
        self.key = key
        self.pattern = pattern
    }
}
