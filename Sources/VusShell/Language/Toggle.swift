/// A two-state value written as on/off, yes/no or true/false (case-insensitive).
public enum Toggle: Sendable, Equatable {
    /// on, yes or true.
    case on
    /// off, no or false.
    case off

    /// Reads one of the accepted spellings; `nil` for anything else.
    public init?(_ word: String) {
        switch word.lowercased() {
        case "on", "yes", "true": self = .on
        case "off", "no", "false": self = .off
        default: return nil
        }
    }

    /// `true` for `.on`.
    public var isOn: Bool { self == .on }

    /// How vus writes a two-state value for people and in tables: `on` or `off`.
    public static func word(_ isOn: Bool) -> String { isOn ? "on" : "off" }
}
