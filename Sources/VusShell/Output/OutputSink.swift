import Foundation

/// Where the shell writes: results to one stream, messages and errors to the other.
public protocol OutputSink: Sendable {
    func write(_ text: String)
    func writeError(_ text: String)
}

/// Standard output and standard error, unbuffered so output interleaves in order.
public struct StandardStreams: OutputSink {
    public init() {}
    public func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
    public func writeError(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
