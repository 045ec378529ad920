import VultrAPI

extension ChangeEngine {
    /// Sends again the changes whose answer was a failure that says nothing (a 5xx, a cut
    /// connection) and whose reading back proved they had not happened, for up to
    /// ``readBackRounds`` rounds; each answer is settled as the first was. What still has not
    /// happened after the last round stays failed, with how many times it was sent.
    func resend(_ disproved: [Int], _ plans: [PlannedChange], _ batch: inout ChangeBatch) async {
        var pending = disproved
        guard let client = try? context.client else { return }
        for round in 1...Self.readBackRounds {
            guard !pending.isEmpty, !batch.interrupted, !Task.isCancelled else { return }
            // The server just failed: give it a moment before asking again.
            try? await Task.sleep(for: .milliseconds(150 * round))
            let results = await forEachConcurrently(pending, maxConcurrent: client.configuration.maxConcurrency) { index in
                try await plans[index].send!()
            }
            var uncertain: [(index: Int, error: any Error)] = []
            for (index, result) in zip(pending, results) {
                switch result {
                case .success(let effect):
                    record(effect, at: index, plans, &batch)
                case .failure(let error as CancellationError):
                    batch.interrupted = true
                    uncertain.append((index, error))
                case .failure(let error) where Settlement.mayHaveHappened(error):
                    uncertain.append((index, error))
                case .failure(let error):
                    batch.records[index].outcome = .failed
                    batch.records[index].error = Self.describe(error, plans[index])
                }
            }
            pending = await settle(uncertain, plans, &batch)
            for index in pending { batch.records[index].error = (batch.records[index].error ?? "") + " (sent \(round + 1) times)" }
        }
    }
}
