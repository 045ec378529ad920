extension StringProtocol {
    /// The text without leading and trailing white space or line breaks. Trimmed in Swift:
    /// Foundation's `trimmingCharacters(in:)` goes through NSString, and its first use costs a
    /// search of the runtime's protocol conformances, at every start of vus.
    var trimmed: String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return String(self[start..<end])
    }
}
