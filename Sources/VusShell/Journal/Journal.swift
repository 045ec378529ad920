import Foundation
import LineEditing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write-ahead record of every change vus sends, one JSON object per line in
/// `$XDG_STATE_HOME/vus/journal.jsonl` (mode 0600; `VUS_JOURNAL` names another file).
///
/// Before a request is sent, an intent line says what is about to change (with the state before);
/// when it settles, an outcome line with the same run and `seq` says what happened. Each line is
/// one `write`, `fsync`ed, so a run killed by anything leaves at worst its intents (which read as
/// `unknown: check`) and a torn last line, which reading skips. The file is never opened through a
/// symbolic link, and only in a folder nobody else can write to.
public struct Journal: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// Where the journal lives for this environment.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> Journal {
        if let path = environment["VUS_JOURNAL"], !path.isEmpty { return Journal(path: path) }
        let directory = StateDirectory.path(environment: environment) ?? NSHomeDirectory() + "/.local/state/vus"
        return Journal(path: directory + "/journal.jsonl")
    }

    /// Checks, before anything is sent, that the journal can be written: its folder (created
    /// 0700 when missing) and the file itself.
    func prepare() throws(FileRefusal) {
        let directory = (path as NSString).deletingLastPathComponent
        try PrivateFiles.prepareDirectory(directory.isEmpty ? "." : directory)
        close(try PrivateFiles.openFile(path, O_WRONLY | O_APPEND | O_CREAT))
    }

    /// Appends `entry` as one line, in one `write`, and `fsync`s it; a failure is thrown, never ignored.
    func append(_ entry: JournalEntry) throws(FileRefusal) {
        let bytes = Array((Encoding.json(entry) + "\n").utf8)
        let descriptor = try PrivateFiles.openFile(path, O_WRONLY | O_APPEND | O_CREAT)
        defer { close(descriptor) }
        fchmod(descriptor, 0o600)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            throw FileRefusal("cannot write the journal \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Every complete line, oldest first, intents and outcomes alike; torn or foreign lines are skipped.
    public func lines() -> [JournalEntry] {
        guard let descriptor = try? PrivateFiles.openFile(path, O_RDONLY) else { return [] }
        let data = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).readDataToEndOfFile()
        let decoder = JSONDecoder()
        return data.split(separator: 0x0A).compactMap { try? decoder.decode(JournalEntry.self, from: Data($0)) }
    }

    /// The changes that happened or may have, oldest first (in the order they were begun): each
    /// intent folded with its outcome; one with none reads `unknown: check`; what was refused,
    /// not sent, or read back as not having happened is left out.
    public func entries() -> [JournalEntry] {
        folded().compactMap { entry in
            var entry = entry
            if entry.outcome == JournalEntry.intent { entry.outcome = JournalEntry.unchecked }
            return entry.mayHaveHappened ? entry : nil
        }
    }

    /// The intents no outcome line followed: their run stopped (or is still sending).
    func unsettledIntents() -> [JournalEntry] { folded().filter { $0.outcome == JournalEntry.intent } }

    /// Each change's last line, in the order the changes were begun.
    private func folded() -> [JournalEntry] {
        var order: [String] = []
        var latest: [String: JournalEntry] = [:]
        for (line, entry) in lines().enumerated() {
            let key = entry.seq.map { "\(entry.run)#\($0)" } ?? "line \(line)"
            if latest[key] == nil { order.append(key) }
            latest[key] = entry
        }
        return order.compactMap { latest[$0] }
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
