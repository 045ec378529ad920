/// One condition on users (`key=value`, or `key<value` for dates and key counts); a command's
/// filters are ANDed. `sort=field` orders the result instead of filtering it.
///
/// The pattern is normalized by the parser: toggles become `on`/`off` (for `api`) or `yes`/`no`
/// (for `service`), statuses are lowercased and exact ACL names take their canonical spelling.
/// Glob patterns, dates and counts are kept as written.
public struct Filter: Sendable, Equatable {
    /// How the value is compared.
    public enum Comparison: String, Sendable, CaseIterable {
        case equal = "=", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="

        /// Whether `value` stands in this relation to `bound`.
        public func holds<Value: Comparable>(_ value: Value, _ bound: Value) -> Bool {
            switch self {
            case .equal: value == bound
            case .less: value < bound
            case .lessOrEqual: value <= bound
            case .greater: value > bound
            case .greaterOrEqual: value >= bound
            }
        }
    }

    /// The attribute tested.
    public var key: FilterKey
    /// The value or glob pattern to test it against.
    public var pattern: String
    public var comparison: Comparison

    /// Creates a filter.
    public init(key: FilterKey, pattern: String, comparison: Comparison = .equal) {
        self.key = key
        self.pattern = pattern
        self.comparison = comparison
    }

    /// As typed: `api=on`, `last_activity<90d`.
    public var text: String { key.rawValue + comparison.rawValue + pattern }
}
