import Foundation

/// Runs an executable to its end and measures that process alone: the CPU time and peak memory
/// it used, which, unlike wall time, hold when other tests load the machine.
///
/// The measuring parent is a small python3, not this test process: a child started from a large
/// process by `posix_spawn` (or `fork`) inherits that process's peak memory as its own.
public struct MeasuredRun: Sendable {
    public let status: Int32
    public let standardError: String
    /// User plus system CPU time, in seconds.
    public let cpuSeconds: Double
    /// Peak resident memory, in bytes.
    public let peakBytes: Int

    static let measurer = """
        import resource, subprocess, sys
        status = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL).returncode
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(status, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
        """

    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String]) throws -> MeasuredRun {
        let process = try Spawned.start("/usr/bin/env", ["python3", "-c", measurer, executable.path] + arguments, environment: environment)
        try process.input.close()
        let (output, errors, _) = process.finish()
        let measured = String(decoding: output, as: UTF8.self)
        let text = String(decoding: errors, as: UTF8.self)
        let fields = measured.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count == 3, let status = Int32(fields[0]), let cpu = Double(fields[1]), let peak = Int(fields[2]) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "the measurement failed: \(measured) \(text)"])
        }
        return MeasuredRun(status: status, standardError: text, cpuSeconds: cpu, peakBytes: peak * 1024)
    }
}
