import Foundation

/// The date in a filter like `last_activity<2026-08-15` or `last_activity<90d` (90 days ago).
public enum DateBound {
    /// The moment `text` names relative to `now`, or `nil` if it is neither a date nor `Nd`/`Nw`.
    public static func date(_ text: String, now: Date = Date()) -> Date? {
        Age(text)?.before(now) ?? ExpiryDate.parse(text)
    }
}
