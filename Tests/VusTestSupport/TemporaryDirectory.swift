import Foundation

/// The folder this test process keeps its files in, under the system's temporary directory:
/// removed when the process exits, so a test run leaves nothing behind (it used to leave about
/// sixty files and folders in /tmp each time). A run that crashed leaves its folder; the next run
/// removes every folder whose process is gone.
public enum TestScratch {
    static let prefix = "vus-test-run-"

    /// Created on first use.
    public static let root: URL = {
        let base = FileManager.default.temporaryDirectory
        removeAbandoned(in: base)
        let url = base.appendingPathComponent("\(prefix)\(getpid())")
        try? FileManager.default.removeItem(at: url)
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            fatalError("cannot create the tests' folder \(url.path): \(error)")
        }
        atexit { try? FileManager.default.removeItem(at: TestScratch.root) }
        return url
    }()

    private static func removeAbandoned(in base: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), kill(pid, 0) == -1, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
    }
}

/// A new, empty directory for one test, inside `TestScratch.root`.
public func temporaryDirectory(_ prefix: String = "vus-tests") throws -> URL {
    let url = TestScratch.root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
