import Synchronization

/// Thrown by ``withDeadline(_:_:)`` and ``withStallLimit(_:progress:_:)`` when the time ran out first.
public struct DeadlineExceeded: Error {}

/// Runs `work` and returns what it returns, unless `limit` passes first: then `work` is
/// cancelled (which aborts an HTTP request and closes its connection) and
/// ``DeadlineExceeded`` is thrown. Cancelling the calling task cancels `work` too.
public func withDeadline<Value: Sendable>(
    _ limit: Duration, _ work: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw DeadlineExceeded()
        }
        // Whichever finishes first decides; the other is cancelled and awaited on the way out.
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// How far a job watched by ``withStallLimit(_:progress:_:)`` has come: each ``note()`` is a step
/// done, and starts its limit again.
public final class ProgressMark: Sendable {
    private let state = Mutex<(steps: Int, last: ContinuousClock.Instant)>((0, .now))

    public init() {}

    /// A step is done.
    public func note() { state.withLock { $0 = ($0.steps + 1, .now) } }

    /// The steps done so far.
    public var steps: Int { state.withLock { $0.steps } }

    var sinceLastStep: Duration { ContinuousClock.now - state.withLock { $0.last } }
}

/// Runs `work` and returns what it returns, unless `limit` passes with no step noted on
/// `progress`: then `work` is cancelled and ``DeadlineExceeded`` is thrown. A job that keeps
/// moving, however slowly, finishes; a stalled one ends.
public func withStallLimit<Value: Sendable>(
    _ limit: Duration, progress: ProgressMark, _ work: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await work() }
        group.addTask {
            while true {
                let quiet = progress.sinceLastStep
                if quiet >= limit { throw DeadlineExceeded() }
                try await Task.sleep(for: limit - quiet)
            }
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}
