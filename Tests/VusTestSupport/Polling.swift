/// Whether `condition` came true within `limit`, asked every 20 ms (for what another process does
/// in its own time).
public func waitUntil(_ condition: () -> Bool, within limit: Duration = .seconds(10)) async throws -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try await Task.sleep(for: .milliseconds(20))
    }
    return condition()
}
