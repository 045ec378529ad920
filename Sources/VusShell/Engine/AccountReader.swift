import VultrAPI

/// Reads of the account that change nothing, so may be repeated: a flaky API slows a read-back,
/// `plan` or `apply` down rather than stopping it half way.
enum AccountReader {
    /// The allowlist of each of `users` by id, read with bounded concurrency (a request each);
    /// each one read is noted on `progress`.
    static func allowlists(of users: [User], client: VultrClient, progress: ProgressMark? = nil) async throws -> [String: [AllowlistEntry]] {
        let results = await client.bulk(users) { user in
            let list = try await patiently { try await client.allowlist(userID: user.id) }
            progress?.note()
            return list
        }
        var lists: [String: [AllowlistEntry]] = [:]
        for (user, result) in zip(users, results) { lists[user.id] = try result.get() }
        return lists
    }

    /// Rounds a read is tried in, each with the client's own retries.
    static let readRounds = 3

    /// Runs a read (which changes nothing, so is safe to repeat) again when it still fails after
    /// the client's retries in a way that may pass (a 5xx, a cut connection, a timeout): a flaky
    /// API slows `plan` and `apply` down rather than stopping an apply half way. What still fails
    /// after the last round is thrown.
    static func patiently<T: Sendable>(_ read: @Sendable () async throws -> T) async throws -> T {
        for round in 1..<readRounds {
            do { return try await read() } catch where Settlement.mayHaveHappened(error) {
                try await Task.sleep(for: .milliseconds(300 * round))
            }
        }
        return try await read()
    }
}
