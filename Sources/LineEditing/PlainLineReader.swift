import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from standard input with no editing: for pipes and files, and for terminals
/// where line editing is not wanted. Prints the prompt only when asked to.
public final class PlainLineReader: LineReader {
    private let showsPrompt: Bool

    /// `showsPrompt`: print prompts (a person is typing on a terminal without line editing).
    public init(showsPrompt: Bool) { self.showsPrompt = showsPrompt }

    public func readLine(prompt: String) -> LineReadResult {
        if showsPrompt {
            FileHandle.standardOutput.write(Data(prompt.utf8))
        }
        errno = 0
        guard let line = Swift.readLine(strippingNewline: true) else {
            return errno == EINTR ? .interrupted : .endOfInput
        }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    public func readSecret(prompt: String) -> String? {
        FileHandle.standardError.write(Data(prompt.utf8))
        let echoWasOn = Self.setEcho(false)
        defer {
            if echoWasOn { _ = Self.setEcho(true) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return Swift.readLine(strippingNewline: true)
    }

    public func addHistory(_ line: String) {}
    public func close() {}

    /// Turns terminal echo on standard input on or off; returns whether it was on.
    @discardableResult
    public static func setEcho(_ on: Bool) -> Bool {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return false }
        let wasOn = settings.c_lflag & tcflag_t(ECHO) != 0
        if on { settings.c_lflag |= tcflag_t(ECHO) } else { settings.c_lflag &= ~tcflag_t(ECHO) }
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        return wasOn
    }
}
