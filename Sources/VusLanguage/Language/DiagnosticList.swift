import VultrValues

/// Every diagnostic found in one parse, in source order.
///
/// The parser reports all bad lines at once so a script author can fix them
/// in one go instead of one run per mistake.
public struct DiagnosticList: Error, Sendable, Equatable, CustomStringConvertible {
    /// The diagnostics, in the order they were found.
    public var diagnostics: [Diagnostic]

    /// Creates a list.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per line, e.g. `offboard.vus:40:7: error: ...`.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension DiagnosticList {
    /// At most this many diagnostics are printed for one source.
    public static let printedLimit = 20

    /// The first ``printedLimit`` diagnostics, then `... and N more errors`.
    public var limitedDescription: String {
        let shown = diagnostics.prefix(Self.printedLimit).map(\.description)
        let hidden = diagnostics.count - shown.count
        return (shown + (hidden > 0 ? ["... and \(Plural.count(hidden, "more error", "more errors"))"] : [])).joined(separator: "\n")
    }
}
