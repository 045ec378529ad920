/// A token bucket shared by every call of one client, so bulk work stays under Vultr's
/// per-address limit instead of bouncing off it. Each call reserves the next free slot; callers
/// that arrive together queue behind each other in order.
public actor RateLimiter {
    private let perSecond: Double
    private let burst: Double
    private var tokens: Double
    private var updated: ContinuousClock.Instant
    private let clock = ContinuousClock()

    /// `perSecond` requests per second on average, up to `burst` at once.
    public init(perSecond: Double, burst: Int) {
        self.perSecond = perSecond
        self.burst = Double(max(1, burst))
        self.tokens = Double(max(1, burst))
        self.updated = clock.now
    }

    /// Waits until this call may send. Throws `CancellationError` if the task is cancelled.
    public nonisolated func acquire() async throws {
        let wait = await reserve()
        if wait > .zero { try await Task.sleep(for: wait) }
    }

    private func reserve() -> Duration {
        let now = clock.now
        let elapsed = updated.duration(to: now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        tokens = min(burst, tokens + seconds * perSecond)
        updated = now
        tokens -= 1
        return tokens >= 0 ? .zero : .seconds(-tokens / perSecond)
    }
}
