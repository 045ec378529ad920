import Foundation

/// Vultr writes times as ISO 8601 with a numeric UTC offset: `2026-01-15T12:34:56+00:00`.
enum Timestamp {
    static func string(_ date: Date) -> String {
        var text = date.formatted(.iso8601)
        if text.hasSuffix("Z") { text.removeLast(); text += "+00:00" }
        return text
    }

    static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        // "+00:00" offsets and fractional seconds are not covered by the default strategy.
        let normalized = text.replacingOccurrences(of: "+00:00", with: "Z")
        if let date = try? Date(normalized, strategy: .iso8601) { return date }
        return try? Date(normalized, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
