import Foundation
import LineEditing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only record of every change vus sent, one JSON object per line in
/// `$XDG_STATE_HOME/vus/journal.jsonl` (mode 0600; `VUS_JOURNAL` names another file). Each line
/// is appended with one `write` and `fsync`ed, so a crash can at worst leave a torn last line,
/// which reading skips.
public struct Journal: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// Where the journal lives for this environment.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> Journal {
        if let path = environment["VUS_JOURNAL"], !path.isEmpty { return Journal(path: path) }
        let directory = StateDirectory.path(environment: environment) ?? NSHomeDirectory() + "/.local/state/vus"
        return Journal(path: directory + "/journal.jsonl")
    }

    /// Appends `entries`, one JSON line each in vus's one JSON style; a failure to write is
    /// reported, never ignored.
    func append(_ entries: [JournalEntry]) throws {
        guard !entries.isEmpty else { return }
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let bytes = Data(entries.map { Encoding.json($0) + "\n" }.joined().utf8)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard descriptor >= 0 else { throw ShellError("cannot write the journal \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        fchmod(descriptor, 0o600)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            throw ShellError("cannot write the journal \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Every complete entry, oldest first; torn or foreign lines are skipped.
    public func entries() -> [JournalEntry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let decoder = JSONDecoder()
        return data.split(separator: 0x0A).compactMap { try? decoder.decode(JournalEntry.self, from: Data($0)) }
    }

    /// The runs, oldest first, each with its entries.
    public func runs() -> [(run: String, entries: [JournalEntry])] {
        var order: [String] = []
        var byRun: [String: [JournalEntry]] = [:]
        for entry in entries() {
            if byRun[entry.run] == nil { order.append(entry.run) }
            byRun[entry.run, default: []].append(entry)
        }
        return order.map { ($0, byRun[$0] ?? []) }
    }
}
