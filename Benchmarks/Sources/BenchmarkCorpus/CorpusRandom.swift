/// A small, fast, seeded pseudo-random generator (xoshiro256**, seeded through splitmix64).
///
/// The corpus must be the same on every machine and toolchain, so everything the generator draws
/// goes through this type's own arithmetic, never through the standard library's
/// `random(in:using:)`, whose algorithm may change between Swift versions.
public struct CorpusRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    public init(seed: UInt64) {
        var state = seed
        func splitMix() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A number in `0..<bound` (multiply-high; the bias is below 2^-50 for the small bounds used here).
    @inline(__always)
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    @inline(__always)
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A number in `[0, 1)` with 53 random bits.
    @inline(__always)
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `p`.
    @inline(__always)
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element of a non-empty array, uniformly.
    @inline(__always)
    public mutating func element<T>(of array: [T]) -> T {
        array[below(array.count)]
    }
}

/// Items drawn with fixed relative weights.
struct WeightedTable<Item: Sendable>: Sendable {
    let items: [Item]
    private let cumulative: [Double]

    init(_ pairs: [(Item, Double)]) {
        precondition(!pairs.isEmpty)
        var items: [Item] = []
        var cumulative: [Double] = []
        var total = 0.0
        for (item, weight) in pairs where weight > 0 {
            total += weight
            items.append(item)
            cumulative.append(total)
        }
        self.items = items
        self.cumulative = cumulative.map { $0 / total }
    }

    /// The index of a drawn item.
    @inline(__always)
    func index(_ random: inout CorpusRandom) -> Int {
        let u = random.unit()
        var lo = 0
        var hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) >> 1
            if cumulative[mid] > u { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    @inline(__always)
    func draw(_ random: inout CorpusRandom) -> Item {
        items[index(&random)]
    }
}
