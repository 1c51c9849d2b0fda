/// Legacy Vietnamese that reached us already "converted" to Unicode as if it were Windows-1252:
/// a VNI file shown as `Vieät Nam`, a TCVN3 file as `ViÖt Nam`, then saved as UTF-8. Each character
/// goes back to its Windows-1252 byte and the bytes are read again in the legacy encoding;
/// characters outside Windows-1252 stay as they are.
///
/// ```swift
/// LegacyTextRepair.reinterpret("Vieät Nam", as: .vni)   // "Việt Nam"
/// LegacyTextRepair.detect("Ngaøy 20/3, Thuû töôùng ...")?.chosen?.encoding   // .vni
/// ```
public enum LegacyTextRepair {
    /// The encodings tried, in order of preference.
    static let candidates: [SourceEncoding] = [.vni, .tcvn3, .cp1258, .viscii]

    /// `text` read again in `encoding` through its Windows-1252 bytes.
    public static func reinterpret(_ text: String, as encoding: SourceEncoding) -> String {
        guard let codec = LegacyCodec.codec(for: encoding) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var bytes: [UInt8] = []
        func flush() {
            guard !bytes.isEmpty else { return }
            bytes.withUnsafeBufferPointer { _ = codec.decode($0, into: &out) }
            bytes.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if let byte = Windows1252.byte(for: scalar.value) {
                bytes.append(byte)
            } else {
                flush()
                UTF8Output.append(scalar.value, to: &out)
            }
        }
        flush()
        let decoded = String(decoding: out, as: UTF8.self)
        guard codec.needsNFC, let composed = try? ICU.nfc(Array(decoded.utf16)) else { return decoded }
        return String(decoding: composed, as: UTF16.self)
    }

    /// Whether text with `inWindows1252` characters above ASCII that Windows-1252 has and `outside`
    /// characters above U+00FF that it lacks may be legacy text shown as Windows-1252 (at least 3
    /// of the first, more of them than of the second). False means `detect` returns nil.
    ///
    /// ```swift
    /// LegacyTextRepair.mayBeShownAsWindows1252(inWindows1252: 40, outside: 0)    // true
    /// LegacyTextRepair.mayBeShownAsWindows1252(inWindows1252: 40, outside: 90)   // false: ơ ư ệ ...
    /// ```
    public static func mayBeShownAsWindows1252(inWindows1252: Int, outside: Int) -> Bool {
        inWindows1252 >= 3 && outside < inWindows1252
    }

    /// The verdict when some legacy reading of `text` is clearly more Vietnamese than the text as it
    /// stands (a score higher by 3 and by a tenth of the words, twice the syllables, and as many
    /// odd words in the text as stands as half the syllables gained); nil otherwise.
    public static func detect(_ text: String) -> EncodingDetector.Verdict? {
        // Legacy text shown as Windows-1252 has only Windows-1252 characters; Unicode Vietnamese
        // has more letters outside it (ơ ư đ ạ ế ...) than inside it.
        var high = 0, outside = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            if Windows1252.byte(for: scalar.value) != nil { high += 1 } else if scalar.value >= 0x100 { outside += 1 }
        }
        guard mayBeShownAsWindows1252(inWindows1252: high, outside: outside) else { return nil }
        // Scored in NFC, as the legacy readings are (decomposed marks are not broken words).
        let composed = (try? ICU.nfc(Array(text.utf16))).map { String(decoding: $0, as: UTF16.self) } ?? text
        let asIs = EncodingDetector.Candidate(encoding: .utf8, text: composed, score: SyllableScore.of(composed), unlistedBytes: 0)
        let readings = [asIs] + candidates.map { encoding -> EncodingDetector.Candidate in
            let reading = reinterpret(text, as: encoding)
            return EncodingDetector.Candidate(encoding: encoding, text: reading, score: SyllableScore.of(reading), unlistedBytes: 0)
        }
        let verdict = EncodingDetector.decide(readings)
        guard let chosen = verdict.chosen, chosen.encoding != .utf8, chosen.score.good >= 3,
              chosen.score.value - asIs.score.value >= max(3, asIs.score.words / 10),
              asIs.score.good * 2 < chosen.score.good,
              asIs.score.bad + asIs.score.foreign >= max(3, chosen.score.good / 2) else { return nil }
        return verdict
    }
}
