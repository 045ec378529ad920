import Foundation

/// The machine's processes as /proc lists them: whether a program the tests started is still
/// running, and what it holds open when it should not be.
public enum ProcessTable {
    /// The processes whose command line mentions `text` (from /proc).
    public static func processes(naming text: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard let pid = Int32(entry), let line = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                  String(decoding: line, as: UTF8.self).contains(text) else { return nil }
            // A process killed but not yet waited for has an empty command line, so it is not listed.
            return pid
        }
    }

    /// A process's command line and open files, for a failure's message.
    public static func describe(_ pid: Int32) -> String {
        let line = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline").map { String(decoding: $0, as: UTF8.self) } ?? ""
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []).map { fd in
            "\(fd)→" + ((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\(fd)")) ?? "?")
        }
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8))?
            .split(separator: "\n").filter { $0.hasPrefix("State") || $0.hasPrefix("PPid") } ?? []
        return "\(pid) \(line.replacingOccurrences(of: "\0", with: " ")) \(status) \(files)"
    }
}
