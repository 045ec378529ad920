import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libedit's character reader, replaced. A Ctrl-C raises SIGINT on whichever thread the kernel
/// picks, which in a multi-threaded program is seldom the one blocked in `read`, so libedit
/// would never see it. This reader waits in short slices and, when ``interruptRequested`` says
/// a SIGINT arrived, fails with EINTR, which makes `el_gets` return as libedit does on Ctrl-C.
public enum KeyInput {
    /// Set by the shell's SIGINT handler; taken (reset) here.
    public static let interruptRequested = Atomic<Bool>(false)

    /// Reads one character from standard input, decoding UTF-8 (the reader forces a UTF-8
    /// locale) into a wide character. Returns 1 with a character, 0 at end of input, -1 on error or
    /// interrupt (errno EINTR).
    static func readCharacter(into character: UnsafeMutablePointer<wchar_t>?) -> Int32 {
        var bytes: [UInt8] = []
        while true {
            var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 50)
            if interruptRequested.exchange(false, ordering: .relaxed) {
                errno = EINTR
                return -1
            }
            if ready == 0 || (ready < 0 && errno == EINTR) { continue }
            if ready < 0 { return -1 }
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 0 { return 0 }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            bytes.append(byte)
            let expected = switch bytes[0] {
            case 0..<0x80: 1
            case 0xC0..<0xE0: 2
            case 0xE0..<0xF0: 3
            case 0xF0..<0xF8: 4
            default: 1  // not UTF-8: hand the byte over as it is
            }
            if bytes.count < expected { continue }
            let scalar = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first?.value ?? UInt32(bytes[0])
            character?.pointee = wchar_t(bitPattern: scalar)
            return 1
        }
    }
}
