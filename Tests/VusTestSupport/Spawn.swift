import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Starts a program with `posix_spawn`, its standard streams on pipes: how every test starts a
/// process (``ExecutableRun``, ``MeasuredRun``, ``SandboxProcess`` and the tests that signal
/// one), instead of Foundation's `Process`, whose `run()` on Linux over-reads the entries of
/// /proc/self/fd: the test process crashed in three full runs of four here (Swift 6.3.1; fixed by
/// swift-corelibs-foundation#5472).
public struct Spawned: Sendable {
    public let pid: pid_t
    /// The program's standard input, output and error, seen from this side.
    public let input: FileHandle
    public let output: FileHandle
    public let errors: FileHandle

    /// Pipes are made and the program started under one lock, and every end is close-on-exec
    /// (what the child gets is dup'ed onto 0, 1 and 2): so a program started meanwhile by another
    /// test never holds an end of these pipes, which would keep their readers waiting.
    private static let spawning = Mutex(())

    /// Starts `executable` with `arguments`, in `environment` (this process's when `nil`), in
    /// `directory` when given (through `env -C`).
    public static func start(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                             directory: URL? = nil) throws -> Spawned {
        var argv = [executable] + arguments
        if let directory { argv = ["/usr/bin/env", "-C", directory.path] + argv }
        let environment = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        return try spawning.withLock { _ in
            let stdin = try pipe(), stdout = try pipe(), stderr = try pipe()
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, stdin.read, 0)
            posix_spawn_file_actions_adddup2(&actions, stdout.write, 1)
            posix_spawn_file_actions_adddup2(&actions, stderr.write, 2)
            // Nothing else of this process goes to the child: an in-process sandbox's connection
            // held open by a child would never close, and its client would wait for an answer.
            guard Self.addCloseFrom(&actions, 3) == 0 else { throw POSIXError(.EIO) }
            var pid: pid_t = 0
            let path = argv[0]
            let status = withCStrings(argv) { argv in
                withCStrings(environment) { envp in posix_spawn(&pid, path, &actions, nil, argv, envp) }
            }
            for fd in [stdin.read, stdout.write, stderr.write] { close(fd) }
            guard status == 0 else {
                for fd in [stdin.write, stdout.read, stderr.read] { close(fd) }
                throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO)
            }
            return Spawned(pid: pid, input: FileHandle(fileDescriptor: stdin.write, closeOnDealloc: true),
                           output: FileHandle(fileDescriptor: stdout.read, closeOnDealloc: true),
                           errors: FileHandle(fileDescriptor: stderr.read, closeOnDealloc: true))
        }
    }

    /// How the program ended.
    public enum Ending: Sendable, Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// This signal ended it.
        case killed(by: Int32)

        /// As a shell says it: the exit status, or 128 plus the signal.
        public var status: Int32 {
            switch self {
            case .exited(let status): status
            case .killed(let signal): 128 + signal
            }
        }
    }

    /// Waits for the program to end, and says how it did.
    public func end() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .killed(by: signal)
    }

    /// Waits for the program to end: its exit status, or 128 plus the signal that ended it.
    public func wait() -> Int32 { end().status }

    /// Reads standard output and standard error to their ends, both at once (a program that fills
    /// one pipe while the other is read would wait for ever), then waits for the program to end.
    public func finish() -> (output: Data, errors: Data, ending: Ending) {
        let errors = self.errors
        let read = Mutex<Data?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let data = errors.readDataToEndOfFile()
            read.withLock { $0 = data }
            done.signal()
        }
        let output = self.output.readDataToEndOfFile()
        done.wait()
        return (output, read.withLock { $0 ?? Data() }, end())
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
    /// module does not declare.
    private static let addCloseFrom: @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32 = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            fatalError("this glibc has no posix_spawn_file_actions_addclosefrom_np (2.34 or later is needed)")
        }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32).self)
    }()

    private static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    private static func withCStrings<T>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> T) -> T {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}
