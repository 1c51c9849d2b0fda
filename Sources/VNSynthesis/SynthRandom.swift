/// A small, fast, seedable random number generator (SplitMix64) for the synthetic corpus: the same
/// seed gives the same numbers on every platform and every run, unlike the system generator.
///
/// ```swift
/// var random = SynthRandom(seed: 7)
/// random.int(6)              // 0...5
/// random.pick(["a", "b"])    // "a" or "b"
/// ```
public struct SynthRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 ^ 0xD1B5_4A32_D192_ED03
        _ = next()
    }

    /// A generator for one stream of a seed (an event, a table row), independent of the others.
    public init(seed: UInt64, stream: UInt64, _ salt: UInt64 = 0) {
        self.init(seed: SynthRandom.mix(seed ^ SynthRandom.mix(stream &+ 0x632B_E59B_D9B4_E019) ^ SynthRandom.mix(salt &+ 0x8CB9_2BA7_2F3D_8DD7)))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SynthRandom.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n (n > 0).
    public mutating func int(_ n: Int) -> Int {
        Int(next() % UInt64(max(n, 1)))
    }

    /// A number in the range.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(items.count)]
    }

    /// An index drawn with the given weights.
    public mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = Double(next() >> 11) / Double(1 << 53) * total
        for (i, w) in weights.enumerated() {
            x -= w
            if x < 0 { return i }
        }
        return weights.count - 1
    }

    /// `k` different items, in the order drawn.
    public mutating func sample<T>(_ items: [T], _ k: Int) -> [T] {
        var pool = items
        var out: [T] = []
        for _ in 0..<min(k, pool.count) { out.append(pool.remove(at: int(pool.count))) }
        return out
    }
}
