/// SplitMix64: a tiny seedable generator, so property and fuzz tests are reproducible. The one
/// copy every test target uses.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A random subset of `items`, each kept with probability `chance`.
    public mutating func subset<T>(_ items: [T], chance: Double) -> [T] {
        items.filter { _ in Double.random(in: 0..<1, using: &self) < chance }
    }

    /// True with probability `chance`.
    public mutating func chance(_ chance: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < chance
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items.randomElement(using: &self)!
    }
}
