import VultrAPI

/// Reads back changes whose answers were lost (a cut connection, a timeout, Ctrl-C while in
/// flight) to learn whether they happened. It runs detached, so an interrupt that stopped the
/// sending does not stop the reading back, and within a deadline, so it never hangs.
enum Settlement {
    enum Verdict: Sendable {
        case held(ChangeEffect)
        case notHeld
        case unknown(String)
    }

    static let deadline: Duration = .seconds(5)
    /// How long an interrupted request is given to finish at the server before it is read back.
    static let interruptGrace: Duration = .seconds(1)

    static func readBack(_ checks: [(@Sendable () async throws -> ChangeEffect?)?],
                       within deadline: Duration = Settlement.deadline) async -> [Verdict] {
        guard !checks.isEmpty else { return [] }
        let task = Task.detached { () -> [Verdict] in
            await withTaskGroup(of: (Int, Verdict)?.self) { group in
                for (index, check) in checks.enumerated() {
                    group.addTask {
                        guard let check else { return (index, .unknown(ChangeWording.cannotReadBack)) }
                        do { return (index, try await check().map { .held($0) } ?? .notHeld) } catch {
                            return (index, .unknown(ChangeWording.readBackError(error)))
                        }
                    }
                }
                group.addTask {
                    try? await Task.sleep(for: deadline)
                    return nil
                }
                var verdicts = [Verdict](repeating: .unknown(ChangeWording.readBackTooSlow(deadline)), count: checks.count)
                var remaining = checks.count
                while remaining > 0, let next = await group.next() {
                    guard let (index, verdict) = next else { break }
                    verdicts[index] = verdict
                    remaining -= 1
                }
                group.cancelAll()
                return verdicts
            }
        }
        return await task.value
    }

    /// Whether a failed change might have happened all the same: its answer was lost, or the
    /// server failed in a way that says nothing about whether it acted.
    static func mayHaveHappened(_ error: any Error) -> Bool {
        (error as? VultrError)?.mayHaveActed ?? false
    }
}
