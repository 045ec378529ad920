import Foundation

/// A new, empty directory under the system's temporary directory, for one test.
public func temporaryDirectory(_ prefix: String = "vus-tests") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
