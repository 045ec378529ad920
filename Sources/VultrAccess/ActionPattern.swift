/// An action name or glob pattern from a policy statement, such as
/// `compute.instance.Delete`, `compute.*`, `compute.instance.*` or `*`.
///
/// Matching is case-insensitive and treats every `*` as "any run of characters,
/// including none", wherever it stands (`*.Read` and `compute.*.List` work too).
/// Question actions are concrete names: a `*` in the action being asked about is
/// only matched literally, by a `*` in the pattern.
public struct ActionPattern: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The pattern as written in the policy.
    public let text: String
    /// Lower-cased UTF-8 bytes, computed once so matching does no allocation.
    let folded: [UInt8]
    /// True when the pattern contains a `*`.
    public let isWildcard: Bool

    /// Creates a pattern from its text.
    public init(_ text: String) {
        self.text = text
        folded = Array(text.lowercased().utf8)
        isWildcard = folded.contains(Self.star)
    }

    /// Creates a pattern from a literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// The pattern text.
    public var description: String { text }

    /// Whether this pattern matches the concrete action name, ignoring case.
    public func matches(_ action: String) -> Bool {
        matches(folded: Array(action.lowercased().utf8))
    }

    /// Whether this pattern covers everything `other` covers: equal to it or broader.
    ///
    /// Decided by matching `other`'s text as if it were an action, which is exact for
    /// the patterns policies use (`*` covers `iam.*`, `iam.*` covers `iam.group.*`,
    /// `iam.group.*` does not cover `iam.*`).
    public func covers(_ other: ActionPattern) -> Bool {
        matches(folded: other.folded)
    }

    /// Matching against an already lower-cased action, for evaluators that ask one
    /// action of many patterns.
    func matches(folded action: [UInt8]) -> Bool {
        if !isWildcard { return folded == action }
        return Self.glob(folded, action)
    }

    private static let star = UInt8(ascii: "*")

    /// Iterative glob with single-star backtracking: linear in practice, no recursion.
    private static func glob(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        var p = 0, t = 0
        var starAt = -1, resumeAt = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == star {
                starAt = p
                resumeAt = t
                p += 1
            } else if p < pattern.count, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if starAt >= 0 {
                // Let the last star swallow one more character and retry.
                p = starAt + 1
                resumeAt += 1
                t = resumeAt
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == star { p += 1 }
        return p == pattern.count
    }

    /// Whether `text` has the shape of a Vultr action or action wildcard:
    /// dot-separated non-empty segments of letters, digits, `_` or `*`; exactly three
    /// segments (`service.resource.Operation`) when there is no `*`, one to three
    /// when there is (`*`, `compute.*`, `compute.instance.*`).
    public static func isWellFormed(_ text: String) -> Bool {
        let segments = text.split(separator: ".", omittingEmptySubsequences: false)
        let hasStar = text.contains("*")
        guard hasStar ? (1...3).contains(segments.count) : segments.count == 3 else { return false }
        return segments.allSatisfy { segment in
            !segment.isEmpty && segment.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                                   || scalar == "_" || scalar == "*")
            }
        }
    }
}
