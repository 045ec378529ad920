/// Whether a policy statement grants or withholds the actions it names.
///
/// Decoding accepts `"Allow"` / `"Deny"` in any letter case (Vultr's console writes
/// them capitalised, hand-written documents do not always); encoding always writes
/// the capitalised form Vultr uses.
public enum PolicyEffect: String, Sendable, Hashable, Codable, CaseIterable {
    /// The statement grants its actions.
    case allow = "Allow"
    /// The statement withholds its actions; a matching deny beats any allow.
    case deny = "Deny"

    /// Reads an effect name in any letter case; `nil` for anything but allow/deny.
    public init?(caseInsensitive text: String) {
        switch text.lowercased() {
        case "allow": self = .allow
        case "deny": self = .deny
        default: return nil
        }
    }

    /// Decodes `"Allow"` or `"Deny"` case-insensitively; anything else is a data error
    /// that names the offending value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let effect = PolicyEffect(caseInsensitive: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Effect must be \"Allow\" or \"Deny\", got \"\(text)\"")
        }
        self = effect
    }

    /// Encodes the capitalised Vultr spelling.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
