import Foundation

/// Where the package's built executables are, for tests that run them as a user would.
public enum BuiltExecutable {
    /// The package's root folder.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `name` beside the test bundle (where `swift build` puts it), else in `.build/debug`.
    public static func url(named name: String) -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/\(name)")
    }
}

/// Runs blocking work (waiting on a process or a pipe) on a thread of its own, off Swift's
/// cooperative threads, which an in-process sandbox needs to answer.
public func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}
