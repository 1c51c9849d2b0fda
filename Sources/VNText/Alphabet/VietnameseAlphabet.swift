/// The Vietnamese vowels with every tone, both cases, as NFC code points.
///
/// Built once from the twelve base vowels and the five tone marks by composing them with ICU,
/// so no table of precomposed letters is kept in the source.
///
/// ```swift
/// let v = VietnameseAlphabet.shared.vowel(0x1EC7)!   // ệ
/// v.base      // 4 ("ê")
/// v.tone      // .dotBelow
/// VietnameseAlphabet.shared.compose(base: v.base, tone: .level, uppercase: true)   // Ê
/// ```
final class VietnameseAlphabet: Sendable {
    /// The base vowels, lower case, without tone: a ă â e ê i o ô ơ u ư y.
    public static let baseVowels: [UInt32] = [0x61, 0x103, 0xE2, 0x65, 0xEA, 0x69, 0x6F, 0xF4, 0x1A1, 0x75, 0x1B0, 0x79]
    /// Indices into `baseVowels` of the vowels that carry a shape mark (ă â ê ô ơ ư).
    public static let shapedBases: Set<UInt8> = [1, 2, 4, 7, 8, 10]

    /// A vowel letter taken apart.
    public struct Vowel: Sendable, Equatable {
        /// Index into `baseVowels`.
        public let base: UInt8
        public let tone: Tone
        public let uppercase: Bool
        /// Whether the base carries a shape mark (ă â ê ô ơ ư).
        public var isShaped: Bool {
            // ă â ê ô ơ ư: indices 1, 2, 4, 7, 8, 10 of `baseVowels`.
            (0b101_1001_0110 as UInt16) & (1 << UInt16(base)) != 0
        }
    }

    /// The alphabet, built on first use.
    public static let shared = VietnameseAlphabet()

    /// Scalar (below 0x1F00) -> packed vowel (1 + base * 12 + tone * 2 + uppercase), 0 if not a vowel.
    private let packed: [UInt16]
    /// [base][tone][uppercase] -> scalar.
    private let composed: [UInt32]

    private init() {
        var packed = [UInt16](repeating: 0, count: 0x1F00)
        var composed = [UInt32](repeating: 0, count: 12 * 6 * 2)
        for (baseIndex, base) in Self.baseVowels.enumerated() {
            let upperBase = ICU.required("upper-case mapping") { try ICU.uppercased(Array(String(Character(Unicode.Scalar(base)!)).utf16)) }
            for tone in Tone.allCases {
                for uppercase in [false, true] {
                    var units: [UInt16] = uppercase ? upperBase : Array(String(Character(Unicode.Scalar(base)!)).utf16)
                    if let mark = tone.combiningMark { units.append(UInt16(mark)) }
                    let nfc = ICU.required("NFC") { try ICU.nfc(units) }
                    let scalar = String(decoding: nfc, as: UTF16.self).unicodeScalars
                    precondition(scalar.count == 1, "Vietnamese vowel did not compose to one code point")
                    let value = scalar.first!.value
                    composed[(baseIndex * 6 + Int(tone.rawValue)) * 2 + (uppercase ? 1 : 0)] = value
                    packed[Int(value)] = UInt16(1 + baseIndex * 12 + Int(tone.rawValue) * 2 + (uppercase ? 1 : 0))
                }
            }
        }
        self.packed = packed
        self.composed = composed
    }

    /// The vowel a code point writes, or nil when it is not a Vietnamese vowel.
    @inline(__always)
    public func vowel(_ scalar: UInt32) -> Vowel? {
        guard scalar < 0x1F00 else { return nil }
        let p = packed[Int(scalar)]
        guard p != 0 else { return nil }
        let v = Int(p - 1)
        return Vowel(base: UInt8(v / 12), tone: Tone(rawValue: UInt8((v % 12) / 2))!, uppercase: v % 2 == 1)
    }

    /// The code point of a base vowel with a tone, in one case.
    @inline(__always)
    public func compose(base: UInt8, tone: Tone, uppercase: Bool) -> UInt32 {
        composed[(Int(base) * 6 + Int(tone.rawValue)) * 2 + (uppercase ? 1 : 0)]
    }

    /// Whether a code point is `đ` or `Đ`.
    @inline(__always)
    public static func isD(_ scalar: UInt32) -> Bool { scalar == 0x111 || scalar == 0x110 }
}
