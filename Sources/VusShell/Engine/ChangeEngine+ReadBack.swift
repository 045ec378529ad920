import Foundation
import VultrAPI

extension ChangeEngine {
    /// Rounds of reading a bulk change back before what still does not hold is reported.
    static let readBackRounds = 5

    /// After a change to several users, reads them back in one listing and sends again what
    /// another writer undid (Vultr's PATCH replaces the whole ACL list, so the last writer wins),
    /// for a few rounds; what still does not hold is reported as failed, not claimed.
    func readBack(_ plans: [PlannedChange], _ batch: inout ChangeBatch) async {
        var pending = plans.indices.filter { plans[$0].stillNeeded != nil && batch.records[$0].outcome == .changed }
        guard pending.count >= 2, let client = try? context.client else { return }
        for round in 0...Self.readBackRounds {
            if round > 0 {
                // Other writers are at work: let their requests land before looking again.
                try? await Task.sleep(for: .milliseconds(Int.random(in: 300...900)))
            }
            let everyone: [User]
            do { everyone = try await AccountReader.patiently { try await client.users().collect() } } catch {
                // Ctrl-C after every answer came: the outcomes stand as answered, and the run
                // reports the interrupt, not a failed read.
                if error is CancellationError || Task.isCancelled {
                    batch.interrupted = true
                    return
                }
                // Nothing more is sent: the run fails, saying what is and is not known.
                batch.failure = ChangeWording.readBackFailed(error)
                return
            }
            let byID = Dictionary(everyone.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let fixes: [(index: Int, update: UserUpdate)] = pending.compactMap { index in
                guard let fresh = byID[plans[index].subject.id], let update = plans[index].stillNeeded?(fresh) else { return nil }
                return (index, update)
            }
            pending = fixes.map(\.index)
            guard !fixes.isEmpty else { return }
            guard round < Self.readBackRounds else {
                for index in pending {
                    batch.records[index].outcome = .failed
                    batch.records[index].error = ChangeWording.undoneAgain(rounds: Self.readBackRounds)
                }
                return
            }
            batch.resent += fixes.count
            // Each fix is planned on the user read just before it is sent, so it carries what
            // other writers have done by then, not what the listing saw.
            let results = await forEachConcurrently(fixes, maxConcurrent: client.configuration.maxConcurrency) { fix in
                let fresh = try await client.user(id: plans[fix.index].subject.id)
                if let update = plans[fix.index].stillNeeded?(fresh) { try await client.updateUser(id: fresh.id, update) }
            }
            for (fix, result) in zip(fixes, results) {
                if case .failure(let error) = result, !Settlement.mayHaveHappened(error) {
                    batch.records[fix.index].outcome = .failed
                    batch.records[fix.index].error = Self.describe(error, plans[fix.index])
                    pending.removeAll { $0 == fix.index }
                }
            }
        }
    }
}
