/// When and how often to try a request again.
///
/// Retries back off exponentially with jitter, honour `Retry-After`, and stop at whichever
/// comes first: ``maxAttempts`` or ``maxTotalTime``.
public struct RetryPolicy: Sendable, Equatable {
    /// Sends in all, including the first.
    public var maxAttempts: Int
    /// The most time to spend on one call, waiting included.
    public var maxTotalTime: Duration
    /// The wait before the first retry; it doubles each time.
    public var baseDelay: Duration
    /// The longest single wait between attempts (a longer `Retry-After` is still honoured).
    public var maxDelay: Duration

    public init(maxAttempts: Int = 5, maxTotalTime: Duration = .seconds(60),
                baseDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(8)) {
        self.maxAttempts = max(1, maxAttempts)
        self.maxTotalTime = maxTotalTime
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// Send once, never retry.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// Whether a status is worth another try: rate limited, or a server failure other than
    /// "not implemented".
    static func isRetryable(status: Int) -> Bool {
        status == 429 || (status >= 500 && status != 501)
    }

    /// The wait before attempt `attempt + 1`: the server's `Retry-After` when it gave one,
    /// else exponential backoff with "equal jitter" (half fixed, half random).
    func delay(afterAttempt attempt: Int, retryAfter: Duration?) -> Duration {
        if let retryAfter { return retryAfter + .milliseconds(Int.random(in: 0...100)) }
        let exponent = min(attempt - 1, 20)
        let full = min(maxDelay, baseDelay * (1 << exponent))
        return full / 2 + full / 2 * Double.random(in: 0...1)
    }
}
