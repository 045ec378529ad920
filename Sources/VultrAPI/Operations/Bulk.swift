/// Runs an operation over many items with bounded concurrency, for bulk changes. Results come
/// back in the items' order. When the task is cancelled, no new work starts and the items not
/// started report `CancellationError`, so the caller can say exactly what was done.
public func forEachConcurrently<Item: Sendable, Value: Sendable>(
    _ items: [Item], maxConcurrent: Int,
    _ operation: @escaping @Sendable (Item) async throws -> Value
) async -> [Result<Value, any Error>] {
    var results = [Result<Value, any Error>?](repeating: nil, count: items.count)
    await withTaskGroup(of: (Int, Result<Value, any Error>).self) { group in
        var nextIndex = 0
        func startNext() {
            guard nextIndex < items.count else { return }
            let index = nextIndex
            let item = items[index]
            nextIndex += 1
            group.addTask {
                if Task.isCancelled { return (index, .failure(CancellationError())) }
                do { return (index, .success(try await operation(item))) } catch { return (index, .failure(error)) }
            }
        }
        for _ in 0..<max(1, maxConcurrent) { startNext() }
        while let (index, result) = await group.next() {
            results[index] = result
            if !Task.isCancelled { startNext() }
        }
    }
    return results.map { $0 ?? .failure(CancellationError()) }
}

extension VultrClient {
    /// ``forEachConcurrently(_:maxConcurrent:_:)`` at this client's ``Configuration/maxConcurrency``.
    public func bulk<Item: Sendable, Value: Sendable>(
        _ items: [Item], _ operation: @escaping @Sendable (Item) async throws -> Value
    ) async -> [Result<Value, any Error>] {
        await forEachConcurrently(items, maxConcurrent: configuration.maxConcurrency, operation)
    }
}
