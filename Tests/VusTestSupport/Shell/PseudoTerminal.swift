import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program in a real pseudo-terminal, as its controlling terminal, so a test can type
/// at it (Ctrl-C included: the terminal driver turns it into SIGINT) and read what it shows.
///
/// `@unchecked Sendable`: the output buffer is behind a lock; the descriptors never change
/// after start, and the reader thread only reads.
public final class PseudoTerminal: @unchecked Sendable {
    public let pid: pid_t
    private let master: Int32
    private let buffer = Mutex<[UInt8]>([])
    private let closed = Atomic<Bool>(false)
    private let exitStatus = Mutex<Int32?>(nil)

    public init(executable: URL, arguments: [String], environment: [String: String], columns: Int = 100, rows: Int = 30) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw PTYError("openpty failed: \(errno)") }

        // Everything the child needs is prepared before fork: after it, only exec-safe calls.
        let path = strdup(executable.path)!
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            free(path)
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        let child = fork()
        if child == 0 {
            // The program starts with no signal blocked or ignored, whatever this thread had.
            sigprocmask(SIG_SETMASK, &unblocked, nil)
            for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGCHLD, SIGWINCH] {
                Glibc.signal(signal, SIG_DFL)
            }
            setsid()
            _ = ioctl(slave, UInt(TIOCSCTTY), 0)
            dup2(slave, 0)
            dup2(slave, 1)
            dup2(slave, 2)
            if slave > 2 { Glibc.close(slave) }
            Glibc.close(master)
            argv.withUnsafeBufferPointer { args in
                envp.withUnsafeBufferPointer { env in _ = execve(path, args.baseAddress!, env.baseAddress!) }
            }
            _exit(127)
        }
        Glibc.close(slave)
        guard child > 0 else {
            Glibc.close(master)
            throw PTYError("fork failed: \(errno)")
        }
        self.pid = child
        self.master = master
        let thread = Thread { [self] in self.readLoop() }
        thread.start()
    }

    deinit { close() }

    private func readLoop() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !closed.load(ordering: .relaxed) {
            let count = read(master, &chunk, chunk.count)
            if count > 0 {
                buffer.withLock { $0.append(contentsOf: chunk[0..<count]) }
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return  // EIO: the program closed the terminal
            }
        }
    }

    /// Types `text`. Like a person (and like pexpect), it pauses a moment first, so the program
    /// has switched the terminal to its editing mode before the keys arrive.
    public func send(_ text: String) throws {
        usleep(60_000)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress! + offset, bytes.count - offset) }
            guard written > 0 else { throw PTYError("write failed: \(errno)") }
            offset += written
        }
    }

    /// A position in the output: wait only for what comes after it.
    public var mark: Int { buffer.withLock { $0.count } }

    public var output: String { String(decoding: buffer.withLock { $0 }, as: UTF8.self) }

    public var plainOutput: String { Self.plain(output) }

    /// Waits until the output after `mark` contains `text`; returns that output, plain.
    @discardableResult
    public func waitFor(_ text: String, after mark: Int? = nil, timeout: Duration = .seconds(10)) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            let bytes = buffer.withLock { Array($0[min(mark ?? 0, $0.count)...]) }
            let seen = Self.plain(String(decoding: bytes, as: UTF8.self))
            if seen.contains(text) { return seen }
            if clock.now >= deadline {
                throw PTYError("timed out waiting for \(text.debugDescription); the screen said:\n\(String(seen.suffix(2000)))")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Types `text` and waits until the output it brings contains `expected`; returns that
    /// output, plain.
    @discardableResult
    public func send(_ text: String, thenWaitFor expected: String, timeout: Duration = .seconds(10)) async throws -> String {
        let mark = self.mark
        try send(text)
        return try await waitFor(expected, after: mark, timeout: timeout)
    }

    public func resize(columns: Int, rows: Int) throws {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else { throw PTYError("resize failed: \(errno)") }
    }

    /// The exit status, or 128 + the signal that ended the program.
    public func waitForExit(timeout: Duration = .seconds(10)) async throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if let status = exitStatus.withLock({ $0 }) { return status }
            var raw: Int32 = 0
            let result = waitpid(pid, &raw, WNOHANG)
            if result == pid {
                let signal = raw & 0x7F
                let status = signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
                exitStatus.withLock { $0 = status }
                return status
            }
            if clock.now >= deadline {
                throw PTYError("the program did not exit; the screen said:\n\(String(plainOutput.suffix(2000)))")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    public func close() {
        guard !closed.exchange(true, ordering: .relaxed) else { return }
        if exitStatus.withLock({ $0 }) == nil {
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            waitpid(pid, &raw, 0)
        }
        Glibc.close(master)
    }

    /// Output without terminal control sequences or carriage returns.
    public static func plain(_ text: String) -> String {
        var result = text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[ -/]*[@-~]", with: "", options: .regularExpression)
        result = result.replacingOccurrences(of: "\u{1B}\\][^\u{07}\u{1B}]*(\u{07}|\u{1B}\\\\)", with: "", options: .regularExpression)
        result = result.replacingOccurrences(of: "\u{1B}.", with: "", options: .regularExpression)
        return result.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\u{08}", with: "")
    }
}

public struct PTYError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
