/// A two-state value written as on/off, yes/no or true/false (case-insensitive).
public enum Toggle: String, Sendable, Equatable, CaseIterable {
    /// on, yes or true.
    case on
    /// off, no or false.
    case off

    /// Reads one of the accepted spellings; `nil` for anything else.
    public init?(_ word: String) {
        guard let toggle = Self.allCases.first(where: { $0.spellings.contains(word.lowercased()) }) else { return nil }
        self = toggle
    }

    /// Every accepted spelling, the canonical one first.
    public var spellings: [String] {
        switch self {
        case .on: ["on", "yes", "true"]
        case .off: ["off", "no", "false"]
        }
    }

    /// `true` for `.on`.
    public var isOn: Bool { self == .on }

    /// How vus writes a two-state value for people and in tables: `on` or `off`.
    public static func word(_ isOn: Bool) -> String { isOn ? "on" : "off" }
}
