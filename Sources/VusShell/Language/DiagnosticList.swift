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
