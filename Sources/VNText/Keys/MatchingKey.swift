/// The diacritic-free matching key of a text: lower case, no marks, `đ` -> `d`, other Latin letters
/// through ICU's `Latin-ASCII`, spaces, quotes and dashes unified, invisible characters removed.
///
/// `Đà Nẵng`, `Da Nang` and `DA NANG` share the key `da nang`. Two spellings of a word that differ
/// only in tone placement, composition or case share a key, so
/// `MatchingKey.of(Normalizer().normalize(x)) == MatchingKey.of(x)` for every `x`.
///
/// This is the hot path of every later stage: it is one table look-up per character. The table
/// covers the Basic Multilingual Plane and is computed once from ICU (case mapping, NFD,
/// `Latin-ASCII`); characters beyond it are copied unchanged.
///
/// ```swift
/// MatchingKey.of("Đà Nẵng")          // "da nang"
/// MatchingKey.of("Nguyễn Phú Trọng") // "nguyen phu trong"
/// MatchingKey.of("Straße")           // "strasse"
/// ```
public enum MatchingKey {
    /// The key of a text.
    public static func of(_ text: String) -> String {
        var text = text
        return text.withUTF8 { of(utf8: $0) }
    }

    /// The key of a substring.
    public static func of(_ text: Substring) -> String {
        var text = text
        return text.withUTF8 { of(utf8: $0) }
    }

    /// The key of a short string while the table is being built (ASCII lower-cased, rest kept).
    static func ofFolded(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x80 ? Character(Unicode.Scalar(UInt8(ascii: $0) | ($0.properties.isUppercase ? 0x20 : 0))) : Character($0) })
    }

    /// The key of a short word as a number, when it is at most 8 bytes of ASCII: its bytes, the
    /// first in the lowest byte, zeros after the last (no key of letters holds a zero byte, so
    /// two keys are equal exactly when their numbers are); nil for any other key. For word-list
    /// look-ups that make no string.
    ///
    /// ```swift
    /// MatchingKey.packed("người") == MatchingKey.packed("nguoi")   // true
    /// MatchingKey.packed("Nguyễn Phú Trọng")                      // nil (16 bytes)
    /// ```
    public static func packed(utf8 input: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard input.count <= 8 * 3 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: input.count * 3 + 16) { out -> UInt64? in
            let length = KeyTable.shared.fold(input, into: out)
            guard length <= 8 else { return nil }
            var value: UInt64 = 0
            for k in 0..<length {
                guard out[k] < 0x80 else { return nil }
                value |= UInt64(out[k]) << (8 * UInt64(k))
            }
            return value
        }
    }

    /// `packed(utf8:)` of a string.
    public static func packed(_ text: String) -> UInt64? {
        var text = text
        return text.withUTF8 { packed(utf8: $0) }
    }

    /// The key of UTF-8 text (which must be valid UTF-8).
    public static func of(utf8 input: UnsafeBufferPointer<UInt8>) -> String {
        let table = KeyTable.shared
        let capacity = input.count * 3 + 16
        return String(unsafeUninitializedCapacity: capacity) { out in
            table.fold(input, into: out)
        }
    }
}

/// The folding table of `MatchingKey`.
final class KeyTable: Sendable {
    static let shared = KeyTable()

    /// ASCII byte -> folded byte.
    let ascii: [UInt8]
    /// BMP code point -> `offset << 8 | length` into `pool`; `copyUnchanged` for characters kept as they are.
    let entries: [UInt32]
    let pool: [UInt8]
    static let copyUnchanged: UInt32 = 0xFFFF_FFFF

    private init() {
        var ascii = [UInt8](repeating: 0, count: 128)
        for b in 0..<128 {
            let byte = UInt8(b)
            ascii[b] = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
        }
        self.ascii = ascii
        var entries = [UInt32](repeating: Self.copyUnchanged, count: 0x10000)
        var pool: [UInt8] = []
        var interned: [[UInt8]: UInt32] = [:]
        let latinASCII = ICU.required("Latin-ASCII transliterator") { try Transliterator("Latin-ASCII") }
        let repairs = CharacterRepairs.shared
        for cp in UInt32(0x80)..<0x10000 where !(0xD800...0xDFFF).contains(cp) {
            guard let folded = Self.fold(cp, repairs: repairs, latinASCII: latinASCII) else { continue }
            let bytes = Array(folded.utf8)
            if let entry = interned[bytes] {
                entries[Int(cp)] = entry
            } else {
                let entry = UInt32(pool.count) << 8 | UInt32(bytes.count)
                pool.append(contentsOf: bytes)
                interned[bytes] = entry
                entries[Int(cp)] = entry
            }
        }
        self.entries = entries
        self.pool = pool
    }

    /// The folded form of one code point, or nil to keep it unchanged.
    static func fold(_ cp: UInt32, repairs: CharacterRepairs, latinASCII: Transliterator) -> String? {
        if let repair = repairs.repair(for: cp) {
            if repair.kind == .lookalike { return "d" }
            guard let replacement = repair.replacement else { return "" }
            return String(Character(Unicode.Scalar(replacement)!))
        }
        if ICU.isMark(cp) { return "" }
        let original = Array(String(Character(Unicode.Scalar(cp)!)).utf16)
        guard ICU.isLetter(cp) else {
            // A symbol that decomposes (`≠` = `=` + U+0338) folds like its decomposed form,
            // whose marks the key drops.
            let nfd = ICU.required("NFD") { try ICU.nfd(original) }
            guard nfd != original else { return nil }
            let stripped = String(decoding: nfd, as: UTF16.self).unicodeScalars.filter { !ICU.isMark($0.value) }
            let result = String(String.UnicodeScalarView(stripped))
            return result.unicodeScalars.count == 1 && result.unicodeScalars.first!.value == cp ? nil : MatchingKey.ofFolded(result)
        }
        let nfd = ICU.required("lower-case mapping and NFD") { try ICU.nfd(ICU.lowercased(original)) }
        var stripped = String(decoding: nfd, as: UTF16.self).unicodeScalars.filter { !ICU.isMark($0.value) }
        if stripped.contains(where: { ICU.script($0.value) == .latin && $0.value >= 0x80 }) {
            let lowered = ICU.required("Latin-ASCII transliteration") {
                try ICU.lowercased(latinASCII.transliterate(Array(String(String.UnicodeScalarView(stripped)).utf16)))
            }
            stripped = String(decoding: lowered, as: UTF16.self).unicodeScalars.filter { !ICU.isMark($0.value) }
        }
        let result = String(String.UnicodeScalarView(stripped))
        return result == String(Character(Unicode.Scalar(cp)!)) ? nil : result
    }

    /// Folds valid UTF-8 `input` into `out`; returns the number of bytes written.
    @inline(__always)
    func fold(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var i = 0
        var o = 0
        let n = input.count
        ascii.withUnsafeBufferPointer { ascii in
            entries.withUnsafeBufferPointer { entries in
                pool.withUnsafeBufferPointer { pool in
                    while i < n {
                        let b0 = input[i]
                        if b0 < 0x80 {
                            out[o] = ascii[Int(b0)]
                            o += 1
                            i += 1
                            continue
                        }
                        let width: Int
                        let scalar: UInt32
                        if b0 < 0xE0 {
                            scalar = UInt32(b0 & 0x1F) << 6 | UInt32(input[i + 1] & 0x3F); width = 2
                        } else if b0 < 0xF0 {
                            scalar = UInt32(b0 & 0x0F) << 12 | UInt32(input[i + 1] & 0x3F) << 6 | UInt32(input[i + 2] & 0x3F); width = 3
                        } else {
                            scalar = 0x10000; width = 4
                        }
                        let entry = scalar < 0x10000 ? entries[Int(scalar)] : Self.copyUnchanged
                        if entry == Self.copyUnchanged {
                            for k in 0..<width { out[o + k] = input[i + k] }
                            o += width
                        } else {
                            let offset = Int(entry >> 8), length = Int(entry & 0xFF)
                            for k in 0..<length { out[o + k] = pool[offset + k] }
                            o += length
                        }
                        i += width
                    }
                }
            }
        }
        return o
    }
}
