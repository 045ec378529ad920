import Foundation
import LineEditing
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C handling: SIGINT sets a flag (the only thing a signal handler may safely do), and a
/// running command is watched so that a Ctrl-C cancels its task, which aborts its requests.
public enum Interrupts {
    static let pending = Atomic<Int>(0)

    /// Installs the SIGINT handler without SA_RESTART, so a blocked read returns at once.
    public static func install() {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in Interrupts.signalled() }
        #else
        action.__sigaction_u.__sa_handler = { _ in Interrupts.signalled() }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// What the SIGINT handler does: only atomic stores, which are safe in a handler.
    static func signalled() {
        pending.add(1, ordering: .relaxed)
        KeyInput.interruptRequested.store(true, ordering: .relaxed)
    }

    /// Takes the pending interrupts; true when there was at least one.
    public static func take() -> Bool { pending.exchange(0, ordering: .relaxed) > 0 }

    /// Runs `work` in a task that a Ctrl-C cancels. Throws `CancellationError` when it was.
    public static func cancellable<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        _ = take()
        let task = Task { try await work() }
        let watcher = Task {
            while !Task.isCancelled {
                if take() { task.cancel(); return }
                try? await Task.sleep(for: .milliseconds(40))
            }
        }
        defer { watcher.cancel() }
        return try await task.value
    }
}
