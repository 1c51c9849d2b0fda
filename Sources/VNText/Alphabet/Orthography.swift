/// Vietnamese syllable structure (onsets, vowel nuclei, finals) read from `orthography.tsv`,
/// and the rule that places the tone mark in a syllable.
///
/// Letters are handled as 6-bit codes packed into a `UInt64` (first letter in the lowest bits), so
/// parsing a syllable allocates nothing; this is on the normaliser's hot path.
///
/// ```swift
/// let o = Orthography.shared
/// let word = Orthography.Letters("hoan")!
/// let s = o.parse(word)!                               // h + oa + n
/// o.tonePosition(of: s, in: word, style: .old)         // 2: the `a` (closed syllable)
/// ```
public final class Orthography: Sendable {
    /// Where the parts of a syllable lie in its letters.
    public struct Structure: Sendable, Equatable {
        public let onset: Range<Int>
        public let nucleus: Range<Int>
        public let final: Range<Int>
    }

    /// Up to ten lower-case letters without tone marks, packed 6 bits each.
    public struct Letters: Sendable, Equatable {
        public private(set) var packed: UInt64 = 0
        public private(set) var count = 0
        /// The most letters a `Letters` holds; no Vietnamese syllable is longer than 7.
        public static let capacity = 10

        public init() {}

        /// Packs the letters of `text`, or nil when it has a character outside the Vietnamese
        /// alphabet (tone marks are dropped, case is folded).
        public init?(_ text: String) {
            for scalar in text.unicodeScalars {
                guard let code = Orthography.code(of: scalar.value), count < Self.capacity else { return nil }
                append(code)
            }
        }

        /// Appends a letter code (from `Orthography.code(of:)`).
        @inline(__always)
        public mutating func append(_ code: UInt8) {
            // Invariants (debug builds): within capacity, and a 6-bit code.
            assert(count < Self.capacity, "Letters: more than \(Self.capacity) letters")
            assert(code < 64, "Letters: code \(code) does not fit in 6 bits")
            packed |= UInt64(code) << (6 * UInt64(count))
            count += 1
        }

        /// The code of the letter at `index`.
        @inline(__always)
        public subscript(index: Int) -> UInt8 {
            assert(index >= 0 && index < count, "Letters: index \(index) outside 0..<\(count)")
            return UInt8((packed >> (6 * UInt64(index))) & 63)
        }

        /// The packed codes of the letters in `range`, as used by the orthography's sets.
        @inline(__always)
        func key(_ range: Range<Int>) -> UInt64 {
            guard !range.isEmpty else { return 0 }
            let shifted = packed >> (6 * UInt64(range.lowerBound))
            return range.count >= 10 ? shifted : shifted & ((1 << (6 * UInt64(range.count))) - 1)
        }
    }

    /// The orthography shipped with vnalign.
    public static let shared: Orthography = {
        do {
            return try Orthography(table: TSVTable.resource("orthography.tsv", in: .vnText))
        } catch {
            fatalError("vnalign's orthography table is unreadable: \(error)")
        }
    }()

    let onsets: Set<UInt64>
    let nuclei: Set<UInt64>
    let finals: Set<UInt64>
    let styleDependent: Set<UInt64>
    let maxOnsetLength: Int
    let foldedOnsets: Set<UInt64>
    let foldedNuclei: Set<UInt64>

    /// Builds the orthography from its table.
    public init(table: TSVTable) throws {
        var sets: [String: Set<UInt64>] = [:]
        var maxOnset = 0
        for row in table.rows {
            guard row.fields.count == 2 else { throw table.error("expected 2 fields", at: row) }
            let kind = row.fields[0]
            guard ["onset", "nucleus", "final", "style-dependent"].contains(kind) else {
                throw table.error("unknown kind \(kind)", at: row)
            }
            for member in row.fields[1].split(separator: " ") {
                guard let letters = Letters(String(member)) else { throw table.error("not Vietnamese letters: \(member)", at: row) }
                sets[kind, default: []].insert(letters.packed)
                if kind == "onset" { maxOnset = max(maxOnset, letters.count) }
            }
        }
        onsets = sets["onset"] ?? []
        nuclei = sets["nucleus"] ?? []
        finals = sets["final"] ?? []
        styleDependent = sets["style-dependent"] ?? []
        maxOnsetLength = maxOnset
        foldedOnsets = Set(onsets.map(Self.fold))
        foldedNuclei = Set(nuclei.map(Self.fold))
    }

    /// Packed letters with their shape marks dropped (ă â -> a, ê -> e, ô ơ -> o, ư -> u, đ -> d).
    static func fold(_ packed: UInt64) -> UInt64 {
        var out: UInt64 = 0
        var shift: UInt64 = 0
        var p = packed
        while p != 0 {
            var code = p & 63
            switch code {
            case 27, 28: code = 1
            case 29: code = 5
            case 30, 31: code = 15
            case 32: code = 21
            case 33: code = 4
            default: break
            }
            out |= code << shift
            shift += 6
            p >>= 6
        }
        return out
    }

    /// Whether letters written without marks (`Nguyen`, `Cuong`, `Hue`) can be a Vietnamese
    /// syllable once their marks are restored.
    public func isSyllableIgnoringMarks(_ letters: Letters) -> Bool {
        if isSyllable(letters) { return true }
        var folded = Letters()
        for i in 0..<letters.count {
            let c = letters[i]
            folded.append(UInt8(Self.fold(UInt64(c))))
        }
        let n = folded.count
        guard n > 0 else { return false }
        var onsetEnd = 0
        var length = min(maxOnsetLength, n)
        while length > 0 {
            let key = folded.key(0..<length)
            if foldedOnsets.contains(key) {
                let isGlideOnset = key == Self.gi || key == Self.qu
                if !isGlideOnset || (length < n && Self.isVowelCode(folded[length])) { onsetEnd = length; break }
            }
            length -= 1
        }
        var nucleusEnd = onsetEnd
        while nucleusEnd < n && Self.isVowelCode(folded[nucleusEnd]) { nucleusEnd += 1 }
        guard nucleusEnd > onsetEnd, foldedNuclei.contains(folded.key(onsetEnd..<nucleusEnd)) else { return false }
        if nucleusEnd < n { return finals.contains(folded.key(nucleusEnd..<n)) }
        return true
    }

    /// Letter codes: a-z 1-26, then ă â ê ô ơ ư đ 27-33; vowels of any tone and case share their
    /// base's code.
    @inline(__always)
    public static func code(of scalar: UInt32) -> UInt8? {
        switch scalar {
        case 0x61...0x7A: return UInt8(scalar - 0x60)
        case 0x41...0x5A: return UInt8(scalar - 0x40)
        case 0x110, 0x111: return 33
        default:
            guard let vowel = VietnameseAlphabet.shared.vowel(scalar) else { return nil }
            return vowelCodes[Int(vowel.base)]
        }
    }

    /// Codes of `VietnameseAlphabet.baseVowels`.
    static let vowelCodes: [UInt8] = [1, 27, 28, 5, 29, 9, 15, 30, 31, 21, 32, 25]
    static let shapedCodes: Set<UInt8> = [27, 28, 29, 30, 31, 32]
    static let vowelCodeSet: Set<UInt8> = Set(vowelCodes)

    @inline(__always)
    static func isVowelCode(_ code: UInt8) -> Bool {
        switch code {
        case 1, 5, 9, 15, 21, 25, 27, 28, 29, 30, 31, 32: return true
        default: return false
        }
    }

    /// Parses letters as one Vietnamese syllable, or returns nil when they cannot be one (a foreign
    /// word, a typo).
    public func parse(_ letters: Letters) -> Structure? {
        let n = letters.count
        guard n > 0 else { return nil }
        var onsetEnd = 0
        var length = min(maxOnsetLength, n)
        while length > 0 {
            if onsets.contains(letters.key(0..<length)) {
                // `gi` and `qu` are onsets only when another vowel follows them.
                let key = letters.key(0..<length)
                let isGlideOnset = key == Self.gi || key == Self.qu
                if !isGlideOnset || (length < n && Self.isVowelCode(letters[length])) {
                    onsetEnd = length
                    break
                }
            }
            length -= 1
        }
        var nucleusEnd = onsetEnd
        while nucleusEnd < n && Self.isVowelCode(letters[nucleusEnd]) { nucleusEnd += 1 }
        guard nucleusEnd > onsetEnd, nuclei.contains(letters.key(onsetEnd..<nucleusEnd)) else { return nil }
        if nucleusEnd < n {
            guard finals.contains(letters.key(nucleusEnd..<n)) else { return nil }
        }
        // `q` stands only in `qu`.
        if onsetEnd == 0, letters[0] == 17 { return nil }
        return Structure(onset: 0..<onsetEnd, nucleus: onsetEnd..<nucleusEnd, final: nucleusEnd..<n)
    }

    static let gi: UInt64 = 7 | (9 << 6)
    static let qu: UInt64 = 17 | (21 << 6)

    /// Whether letters form a Vietnamese syllable.
    public func isSyllable(_ letters: Letters) -> Bool { parse(letters) != nil }

    /// The index of the vowel that takes the tone mark in `style`.
    public func tonePosition(of structure: Structure, in letters: Letters, style: ToneStyle) -> Int {
        let nucleus = structure.nucleus
        if let shaped = nucleus.last(where: { letters[$0] >= 27 && letters[$0] <= 32 }) {
            return shaped
        }
        if !structure.final.isEmpty { return nucleus.upperBound - 1 }
        switch nucleus.count {
        case 1: return nucleus.lowerBound
        case 2:
            if styleDependent.contains(letters.key(nucleus)) {
                return style == .old ? nucleus.lowerBound : nucleus.lowerBound + 1
            }
            return nucleus.lowerBound
        default: return nucleus.lowerBound + 1
        }
    }
}
