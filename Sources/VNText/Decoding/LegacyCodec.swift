/// Decodes the bytes of one single-byte legacy encoding (Windows-1258, VNI-Windows, TCVN3, VISCII,
/// Windows-1252) into UTF-8, from the tables in `Resources/encodings/` (Windows-1258 from ICU's
/// converter).
///
/// Bytes below 0x80 are ASCII unless the table says otherwise (VISCII's six letters on control
/// positions). A high byte the table does not list reads as its Windows-1252 character, as the
/// fonts of these encodings mostly kept the Windows punctuation; such bytes are counted.
///
/// ```swift
/// let vni = LegacyCodec.codec(for: .vni)!
/// vni.decode([0x56, 0x69, 0x65, 0xE4, 0x74]).text   // "Việt" (VNI "Vieät")
/// ```
public struct LegacyCodec: Sendable {
    /// The encoding this codec reads.
    public let encoding: SourceEncoding
    /// Byte -> scalar; 0 where the table lists nothing for a high byte.
    let single: [UInt32]
    /// VNI only: (first byte << 8 | second byte) -> scalar, 0 where the pair is not a letter.
    let pairs: [UInt32]
    /// Whether the output can hold combining marks that NFC must compose (Windows-1258).
    let needsNFC: Bool

    /// A decoding and what it met.
    public struct Result: Sendable {
        /// The text, NFC.
        public let text: String
        /// High bytes the encoding's table does not list, read as Windows-1252.
        public let unlistedBytes: Int
    }

    /// Decodes `bytes`.
    public func decode(_ bytes: [UInt8]) -> Result {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var unlisted = 0
        bytes.withUnsafeBufferPointer { input in
            unlisted = decode(input, into: &out)
        }
        var text = String(decoding: out, as: UTF8.self)
        if needsNFC, let composed = try? ICU.nfc(Array(text.utf16)) {
            text = String(decoding: composed, as: UTF16.self)
        }
        return Result(text: text, unlistedBytes: unlisted)
    }

    /// Appends the UTF-8 of `input` to `out`; returns how many high bytes were not in the table.
    func decode(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Int {
        var unlisted = 0
        let n = input.count
        let hasPairs = !pairs.isEmpty
        var i = 0
        while i < n {
            let b = input[i]
            if hasPairs && i + 1 < n {
                let next = input[i + 1]
                if next >= 0xC0 {
                    if let scalar = pair(b, next) {
                        UTF8Output.append(scalar, to: &out)
                        i += 2
                        continue
                    }
                }
            }
            let scalar = single[Int(b)]
            if scalar != 0 {
                UTF8Output.append(scalar, to: &out)
            } else {
                unlisted += 1
                UTF8Output.append(Windows1252.scalar(for: b), to: &out)
            }
            i += 1
        }
        return unlisted
    }

    /// A VNI letter written as a base letter and a mark byte; a mark byte in the other case than
    /// its letter (`Aø` for `À`) is accepted, the letter's case wins.
    @inline(__always)
    func pair(_ first: UInt8, _ second: UInt8) -> UInt32? {
        let direct = pairs[Int(first) << 8 | Int(second)]
        if direct != 0 { return direct }
        guard let upper = Self.isUpperBase(first), (second < 0xE0) != upper else { return nil }
        let found = pairs[Int(first) << 8 | Int(second ^ 0x20)]
        return found == 0 ? nil : found
    }

    /// Whether a VNI base byte is upper case (nil when it is no base letter).
    @inline(__always)
    static func isUpperBase(_ b: UInt8) -> Bool? {
        switch b {
        case 0x41, 0x45, 0x4F, 0x55, 0x59, 0xD4, 0xD6: return true
        case 0x61, 0x65, 0x6F, 0x75, 0x79, 0xF4, 0xF6: return false
        default: return nil
        }
    }

    /// The codec of a single-byte encoding, or nil for `auto`, `utf8` and `viqr`.
    public static func codec(for encoding: SourceEncoding) -> LegacyCodec? {
        switch encoding {
        case .cp1258: return LegacyCodecs.shared.cp1258
        case .vni: return LegacyCodecs.shared.vni
        case .tcvn3: return LegacyCodecs.shared.tcvn3
        case .viscii: return LegacyCodecs.shared.viscii
        case .cp1252: return LegacyCodecs.shared.cp1252
        case .auto, .utf8, .viqr: return nil
        }
    }
}
