/// A small fixed-size set of short words (up to 16 bytes of UTF-8), keyed by their bytes packed
/// into two integers: the normaliser remembers in it the words whose tone mark it found already
/// in place (`của`, `này`, `hòa` in the old style), so that the next occurrence is copied without
/// being decoded and parsed again. A full slot is overwritten: a word that is not found is simply
/// checked again, so the output never depends on what the memo holds.
///
/// ```swift
/// var memo = WordMemo()
/// let word = Array("của".utf8)
/// word.withUnsafeBufferPointer { memo.insert($0) }
/// word.withUnsafeBufferPointer { memo.contains($0) }   // true
/// ```
struct WordMemo {
    /// Slots, three integers each: the first 8 bytes, the next 8, and the length with bit 63 set.
    var slots: [UInt64]
    static let slotCount = 16384

    init() {
        slots = [UInt64](repeating: 0, count: Self.slotCount * 3)
    }

    /// The packed key of a word of at most 16 bytes, nil for a longer one.
    @inline(__always)
    static func key(_ word: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, UInt64)? {
        let n = word.count
        guard n <= 16, let base = word.baseAddress else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        for k in 0..<min(n, 8) { low |= UInt64(base[k]) << (8 * UInt64(k)) }
        if n > 8 { for k in 8..<n { high |= UInt64(base[k]) << (8 * UInt64(k - 8)) } }
        return (low, high, UInt64(n) | 1 << 63)
    }

    @inline(__always)
    static func slot(_ key: (UInt64, UInt64, UInt64)) -> Int {
        let h = (key.0 &* 0x9E37_79B9_7F4A_7C15) ^ (key.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ key.2
        return Int(truncatingIfNeeded: (h ^ (h >> 29)) & UInt64(slotCount - 1))
    }

    /// Whether `word` is in the memo.
    @inline(__always)
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let key = Self.key(word) else { return false }
        let s = Self.slot(key) * 3
        return slots.withUnsafeBufferPointer { $0[s] == key.0 && $0[s + 1] == key.1 && $0[s + 2] == key.2 }
    }

    /// Remembers `word` (when it is short enough).
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        guard let key = Self.key(word) else { return }
        let s = Self.slot(key) * 3
        slots[s] = key.0
        slots[s + 1] = key.1
        slots[s + 2] = key.2
    }
}
