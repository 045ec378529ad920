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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", measurer, executable.path] + arguments
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let measured = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = measured.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count == 3, let status = Int32(fields[0]), let cpu = Double(fields[1]), let peak = Int(fields[2]) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "the measurement failed: \(measured) \(text)"])
        }
        return MeasuredRun(status: status, standardError: text, cpuSeconds: cpu, peakBytes: peak * 1024)
    }
}
