/// A number of things in words: `1 user`, `3 users`, `2 policies`. The one wording of a count
/// with its noun, so no message says "1 users".
public enum Plural {
    /// `number` and `singular`, or `plural` (by default `singular` + "s") unless it is one.
    public static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }
}
