import Foundation

/// A span of days, written `30d` or `12w`: how old (`last_activity<90d`, 90 days ago) or how
/// long from now (`expires=30d`).
public struct Age: Sendable, Equatable {
    public var days: Int

    /// `30d` (days) or `12w` (weeks), under 100,000; `nil` for anything else.
    public init?(_ text: String) {
        guard let last = text.last, last == "d" || last == "w", let count = Int(text.dropLast()), (0..<100_000).contains(count) else {
            return nil
        }
        days = count * (last == "w" ? 7 : 1)
    }

    /// The moment this long before `now`.
    public func before(_ now: Date) -> Date { now.addingTimeInterval(-Double(days) * 86_400) }

    /// The moment this long after `now`.
    public func after(_ now: Date) -> Date { now.addingTimeInterval(Double(days) * 86_400) }
}
