import Foundation

/// Shape checks for `key new expires=DATE`: the API wants an ISO 8601 date,
/// and a typo should fail at parse time, not halfway through a script.
public enum ExpiryDate {
    /// The moment `text` names (a bare date is midnight UTC), or `nil` if it is not valid.
    static func parse(_ text: String) -> Date? {
        guard isValid(text) else { return nil }
        let bytes = Array(text.utf8)
        var components = DateComponents()
        components.year = number(bytes, 0, 4)
        components.month = number(bytes, 5, 2)
        components.day = number(bytes, 8, 2)
        var offset = 0
        if bytes.count > 10 {
            components.hour = number(bytes, 11, 2)
            components.minute = number(bytes, 14, 2)
            components.second = number(bytes, 17, 2)
            var index = 19
            var fraction = ""
            if bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, isDigit(bytes[index]) { fraction.append(Character(UnicodeScalar(bytes[index]))); index += 1 }
            }
            components.nanosecond = fraction.isEmpty ? 0 : Int((Double("0." + fraction) ?? 0) * 1_000_000_000)
            if bytes[index] != UInt8(ascii: "Z") {
                let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                let hours = number(bytes, index + 1, 2) ?? 0
                let minutes = number(bytes, bytes.count - 2, 2) ?? 0
                offset = sign * (hours * 3600 + minutes * 60)
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset) ?? TimeZone(secondsFromGMT: 0)!
        return calendar.date(from: components)
    }

    /// Whether `text` is `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM|±HHMM)`,
    /// with real calendar dates (leap years included) and times.
    static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, isValidDate(bytes) else { return false }
        if bytes.count == 10 { return true }
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), isValidTime(bytes, at: 11) else { return false }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > fractionStart else { return false }
        }
        guard index < bytes.count else { return false } // A time zone is required.
        return isValidZone(bytes[index...])
    }

    /// `YYYY-MM-DD` in the first ten bytes.
    private static func isValidDate(_ bytes: [UInt8]) -> Bool {
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
              year >= 1, (1...12).contains(month) else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }

    /// `HH:MM:SS` starting at `start`.
    private static func isValidTime(_ bytes: [UInt8], at start: Int) -> Bool {
        guard bytes[start + 2] == UInt8(ascii: ":"), bytes[start + 5] == UInt8(ascii: ":"),
              let hour = number(bytes, start, 2), let minute = number(bytes, start + 3, 2),
              let second = number(bytes, start + 6, 2) else { return false }
        return hour <= 23 && minute <= 59 && second <= 59
    }

    /// `Z`, `±HH:MM` or `±HHMM`, and nothing after it.
    private static func isValidZone(_ zone: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(zone)
        if bytes == [UInt8(ascii: "Z")] { return true }
        guard let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return false }
        let minutesStart: Int
        switch bytes.count {
        case 6 where bytes[3] == UInt8(ascii: ":"): minutesStart = 4
        case 5: minutesStart = 3
        default: return false
        }
        guard let hours = number(bytes, 1, 2), let minutes = number(bytes, minutesStart, 2) else { return false }
        return hours <= 23 && minutes <= 59
    }

    /// The decimal number in `count` bytes from `start`, if they are all digits.
    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start >= 0, start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
