import Foundation
import LineEditing
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C, SIGTERM and SIGHUP handling: a signal sets a flag (the only thing a signal handler may
/// safely do), and a running command is watched so that the signal cancels its task, which aborts
/// its requests; what was in flight is then settled, reported and journaled like any change.
/// SIGINT at a prompt only cancels the command; SIGTERM and SIGHUP also end the run, with status
/// 143 or 129.
public enum Interrupts {
    static let pending = Atomic<Int>(0)
    /// SIGTERM or SIGHUP, once one has arrived; 0 before.
    static let stopSignal = Atomic<Int32>(0)

    /// Installs the handlers without SA_RESTART, so a blocked read returns at once.
    public static func install() {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { Interrupts.signalled($0) }
        #else
        action.__sigaction_u.__sa_handler = { Interrupts.signalled($0) }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaction(signal, &action, nil) }
    }

    /// What the handler does: only atomic stores, which are safe in a handler.
    static func signalled(_ signal: Int32) {
        if signal != SIGINT { stopSignal.store(signal, ordering: .relaxed) }
        pending.add(1, ordering: .relaxed)
        KeyInput.interruptRequested.store(true, ordering: .relaxed)
    }

    /// Whether SIGTERM or SIGHUP asked vus to stop: nothing more is sent, and the run ends.
    public static var terminating: Bool { stopSignal.load(ordering: .relaxed) != 0 }

    /// The status of a run a signal stopped: 128 plus the signal (130 SIGINT, 143 SIGTERM, 129 SIGHUP).
    public static var interruptedExitCode: Int32 {
        let signal = stopSignal.load(ordering: .relaxed)
        return ExitStatus.stopped(by: signal == 0 ? SIGINT : signal)
    }

    /// Takes the pending interrupts; true when there was at least one.
    public static func take() -> Bool { pending.exchange(0, ordering: .relaxed) > 0 }

    /// Runs `work` in a task that a Ctrl-C (or SIGTERM, SIGHUP) cancels; after SIGTERM or SIGHUP, nothing more starts. Throws `CancellationError` when it was.
    public static func cancellable<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
        if terminating { throw CancellationError() }
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
