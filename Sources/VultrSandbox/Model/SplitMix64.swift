/// A small, fast, seedable generator (SplitMix64), so seed data and injected faults are the same
/// on every run and every machine.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The value for position `index` of the stream seeded by `seed`, without walking the stream.
    static func value(seed: UInt64, index: UInt64) -> UInt64 {
        var generator = SplitMix64(seed: seed ^ (index &* 0xD6E8_FEB8_6659_FD93))
        return generator.next()
    }

    /// A random version-4 UUID string drawn from this generator.
    mutating func uuid() -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in stride(from: 0, to: 16, by: 8) {
            var word = next()
            for j in 0..<8 { bytes[i + j] = UInt8(truncatingIfNeeded: word); word >>= 8 }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4),
                     hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }

    /// A key-like string of upper-case letters and digits, as Vultr's keys look.
    mutating func apiKeyText(length: Int = 36) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
