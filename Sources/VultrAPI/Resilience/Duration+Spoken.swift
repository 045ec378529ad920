extension Duration {
    /// A short reading for messages: `30 s`, `1.5 s`, `250 ms`.
    var spoken: String {
        let milliseconds = Int((Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15).rounded())
        if milliseconds < 1000 { return "\(milliseconds) ms" }
        if milliseconds % 1000 == 0 { return "\(milliseconds / 1000) s" }
        return "\(Double(milliseconds / 100) / 10) s"
    }
}
