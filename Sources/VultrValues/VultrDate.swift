import Foundation

/// Vultr's timestamps (`2026-01-15T12:34:56+00:00`, sometimes with fractions or `Z`), parsed
/// once into `Date`s.
public enum VultrDate {
    /// How Vultr writes a moment: ISO 8601 with a numeric UTC offset (`+00:00`).
    public static func string(_ date: Date) -> String {
        var text = date.formatted(.iso8601)
        if text.hasSuffix("Z") { text.removeLast(); text += "+00:00" }
        return text
    }

    /// The moment `text` names, or `nil` for an empty or unreadable value.
    public static func parse(_ text: String?) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        let normalized = text.hasSuffix("+00:00") ? String(text.dropLast(6)) + "Z" : text
        if let date = try? Date(normalized, strategy: .iso8601) { return date }
        return try? Date(normalized, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
