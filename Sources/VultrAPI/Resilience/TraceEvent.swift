/// One HTTP exchange, for `--trace`. It holds no headers and no bodies, so neither the API key
/// nor a password can appear in it.
public struct TraceEvent: Sendable, CustomStringConvertible {
    public var method: String
    /// Path and query, e.g. `/v2/users?per_page=500`.
    public var path: String
    /// The answer's status; `nil` when no answer came.
    public var status: Int?
    /// 1 for the first send of a call, 2 for its first retry, and so on.
    public var attempt: Int
    public var duration: Duration
    /// Why the exchange failed, when it did.
    public var failure: String?

    public var description: String {
        let milliseconds = Int((Double(duration.components.seconds) * 1000
            + Double(duration.components.attoseconds) / 1e15).rounded())
        let outcome = status.map(String.init) ?? "failed (\(failure ?? "no answer"))"
        let retry = attempt > 1 ? ", attempt \(attempt)" : ""
        return "\(method) \(path) → \(outcome) in \(milliseconds) ms\(retry)"
    }
}
