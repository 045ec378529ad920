import Foundation
import Synchronization

/// Where the shell writes: results to one stream, messages and errors to the other.
public protocol OutputSink: Sendable {
    func write(_ text: String)
    func writeError(_ text: String)
    /// Why results could not all be written (`No space left on device`), once that happened:
    /// the run then ends with status 1, never as a success whose output is cut short.
    var outputFailure: String? { get }
}

extension OutputSink {
    public var outputFailure: String? { nil }
}

/// Standard output and standard error, unbuffered so output interleaves in order.
public struct StandardStreams: OutputSink {
    /// The first failed write to standard output; nothing more is written there after it.
    private static let failure = Mutex<String?>(nil)

    public init() {}

    public func write(_ text: String) {
        guard outputFailure == nil else { return }
        if let reason = Self.write(text, to: STDOUT_FILENO) { Self.failure.withLock { $0 = $0 ?? reason } }
    }

    public func writeError(_ text: String) { _ = Self.write(text, to: STDERR_FILENO) }

    public var outputFailure: String? { Self.failure.withLock { $0 } }

    /// Writes all of `text` with `write(2)`, again after a signal (Ctrl-C interrupts system
    /// calls here); returns why it could not. `FileHandle` would stop the process on an error
    /// (a full disk, a closed stream), and searches the runtime's conformances at its first write.
    static func write(_ text: String, to descriptor: Int32) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written < 0 { return String(cString: strerror(errno)) }
                if written == 0 { return "the stream took nothing" }
                offset += written
            }
            return nil
        }
    }
}
