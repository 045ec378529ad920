import Synchronization

/// What a run has changed so far, so that when a script stops on an error it can say what it
/// had already done.
public final class ChangeLog: Sendable {
    private let entries = Mutex<[String]>([])

    public init() {}

    public var all: [String] { entries.withLock { $0 } }

    func record(_ change: String) { entries.withLock { $0.append(change) } }
}
