/// Thrown by ``withDeadline(_:_:)`` when the time ran out first.
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
