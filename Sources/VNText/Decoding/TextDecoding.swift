/// Turns the bytes of an article file into text, saying what it repaired.
///
/// One byte scan (`DecodingScan`) decides most texts: valid UTF-8 in which no careful step below
/// could repair anything is read as it is. The rest, with `from: .auto` (the default):
/// 1. a UTF-8 byte-order mark is dropped;
/// 2. binary data (many control bytes) is refused;
/// 3. valid UTF-8 is read as it is; other bytes are read in the legacy encoding whose reading
///    yields the most valid Vietnamese syllables (`EncodingDetector`: Windows-1258, VNI-Windows,
///    TCVN3, VISCII), or, for text whose letters are ASCII and where no Vietnamese reading finds 3
///    syllables, as Windows-1252 (or Latin-1, which reads the same but for bytes 80-9F:
///    `WesternTextDetector`); when no reading wins, the error names the byte offset and line of
///    the first byte that is not UTF-8 and asks for `--from`;
/// 4. UTF-8 text is repaired: legacy text shown as Windows-1252 (`Vieät` -> `Việt`,
///    `LegacyTextRepair`), else VIQR (`Vie^.t` -> `Việt`, `VIQRDecoder`), else mojibake word by
///    word (`Viá»‡t` -> `Việt`, `MojibakeRepair`).
/// Any other `from` forces that encoding. Every repair adds one line to `repairs` saying what was
/// done and how sure it is.
///
/// ```swift
/// let decoded = try TextDecoding.decode(Array("Việt Nam".utf8))
/// decoded.text      // "Việt Nam"
/// decoded.repairs   // []
/// let vni = try TextDecoding.decode([0x56, 0x69, 0x65, 0xE4, 0x74], from: .vni)
/// vni.text          // "Việt"
/// ```
public enum TextDecoding {
    /// Decodes `bytes`, detecting their encoding.
    public static func decode(_ bytes: [UInt8]) throws -> DecodedText {
        try decode(bytes, from: .auto)
    }

    /// Decodes `bytes` from `encoding` (`.auto` detects it), then repairs the text.
    public static func decode(_ bytes: [UInt8], from encoding: SourceEncoding) throws -> DecodedText {
        // One scan decides most texts: valid UTF-8 with nothing for the careful steps to repair.
        let bom = bytes.starts(with: byteOrderMark)
        let body = bom ? Array(bytes.dropFirst(3)) : bytes
        if !DecodingScan.of(body).needsCarefulDecoding(from: encoding) {
            return DecodedText(text: String(decoding: body, as: UTF8.self), repairs: bom ? [byteOrderMarkRemoved] : [], encoding: .utf8)
        }
        let read = try decodeBytes(bytes, from: encoding)
        guard read.encoding == .utf8 else { return read }
        let repaired = repair(read.text, from: encoding)
        return DecodedText(text: repaired.text, repairs: read.repairs + repaired.repairs, encoding: repaired.encoding)
    }

    /// The UTF-8 byte-order mark, dropped from the start of a text.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// The repair line for a dropped byte-order mark.
    public static let byteOrderMarkRemoved = "byte-order mark removed"

    /// Decodes `bytes` to text without the text repairs of step 4 (for callers that repair only
    /// parts of it, such as the fields of a JSON line).
    public static func decodeBytes(_ bytes: [UInt8], from encoding: SourceEncoding = .auto) throws -> DecodedText {
        var repairs: [String] = []
        var body = bytes[...]
        if body.starts(with: byteOrderMark) {
            body = body.dropFirst(3)
            repairs.append(byteOrderMarkRemoved)
        }
        let array = Array(body)
        let skipped = bytes.count - array.count
        try BinaryCheck.check(array, offsetBase: skipped)
        let invalid = UTF8Validation.firstInvalidOffset(in: array)
        switch encoding {
        case .auto:
            guard let offset = invalid else {
                return DecodedText(text: String(decoding: array, as: UTF8.self), repairs: repairs, encoding: .utf8)
            }
            let verdict = EncodingDetector.detect(array)
            // Text whose letters are ASCII (English archives) is Western unless a Vietnamese
            // reading finds at least 3 syllables.
            if verdict.chosen.map({ $0.score.good < 3 }) ?? true, let western = WesternTextDetector.detect(array) {
                repairs.append(western.summary)
                return DecodedText(text: western.text, repairs: repairs, encoding: .cp1252)
            }
            guard let chosen = verdict.chosen else {
                throw invalidUTF8(array, at: offset, skipped: skipped,
                                  detail: "not UTF-8, and no legacy Vietnamese encoding reads it better than another (\(verdict.scoreList)); choose one with --from")
            }
            repairs.append(describe(verdict, chosen: chosen, how: "read as \(chosen.encoding.displayName), not UTF-8"))
            return DecodedText(text: chosen.text, repairs: repairs, encoding: chosen.encoding)
        case .utf8, .viqr:
            if let offset = invalid { throw invalidUTF8(array, at: offset, skipped: skipped, detail: nil) }
            return DecodedText(text: String(decoding: array, as: UTF8.self), repairs: repairs, encoding: .utf8)
        case .cp1258, .vni, .tcvn3, .viscii, .cp1252:
            let text: String
            var how = "read as \(encoding.displayName) (--from \(encoding.rawValue))"
            if invalid == nil && array.contains(where: { $0 >= 0x80 }) {
                // Valid UTF-8 with letters outside ASCII: the legacy text was shown as Windows-1252 and saved.
                text = LegacyTextRepair.reinterpret(String(decoding: array, as: UTF8.self), as: encoding)
                how += ", from its Windows-1252 rendering saved as UTF-8"
            } else {
                let result = LegacyCodec.codec(for: encoding)!.decode(array)
                text = result.text
                if result.unlistedBytes > 0 {
                    how += "; \(result.unlistedBytes) byte(s) not in \(encoding.displayName) kept as their Windows-1252 characters"
                }
            }
            let score = SyllableScore.of(text)
            repairs.append("\(how): \(score.good) of \(score.good + score.bad) word(s) with marks are Vietnamese syllables")
            return DecodedText(text: text, repairs: repairs, encoding: encoding)
        }
    }

    /// Repairs decoded UTF-8 text (step 4): with `.auto`, legacy text shown as Windows-1252, else
    /// VIQR, else mojibake; `.utf8` repairs mojibake only; `.viqr` converts VIQR; a legacy
    /// encoding reinterprets the text through its Windows-1252 bytes.
    public static func repair(_ text: String, from encoding: SourceEncoding = .auto) -> DecodedText {
        switch encoding {
        case .auto:
            if let verdict = LegacyTextRepair.detect(text), let chosen = verdict.chosen {
                let line = describe(verdict, chosen: chosen, how: "legacy text shown as Windows-1252 read again as \(chosen.encoding.displayName)")
                return DecodedText(text: chosen.text, repairs: [line], encoding: chosen.encoding)
            }
            if VIQRDecoder.mayBeVIQR(text) {
                let viqr = VIQRDecoder.decode(text)
                if viqr.markedWords >= 3 && viqr.markedWords * 5 >= viqr.words && viqr.nonASCIILetters * 10 < viqr.markedWords {
                    let confidence = min(1, Double(viqr.markedWords) / Double(max(1, viqr.words)) * 2)
                    let line = "read as VIQR: \(viqr.markedWords) of \(viqr.words) word(s) carried VIQR marks; \(ConfidenceWords.describe(confidence))"
                    return DecodedText(text: viqr.text, repairs: [line], encoding: .viqr)
                }
            }
            return repairMojibake(text)
        case .utf8, .cp1252:
            return repairMojibake(text)
        case .viqr:
            let viqr = VIQRDecoder.decode(text)
            return DecodedText(text: viqr.text, repairs: ["read as VIQR (--from viqr): \(viqr.markedWords) of \(viqr.words) word(s) carried VIQR marks"], encoding: .viqr)
        case .cp1258, .vni, .tcvn3, .viscii:
            guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return DecodedText(text: text, repairs: [], encoding: .utf8) }
            let reading = LegacyTextRepair.reinterpret(text, as: encoding)
            return DecodedText(text: reading, repairs: ["legacy text shown as Windows-1252 read again as \(encoding.displayName) (--from \(encoding.rawValue))"], encoding: encoding)
        }
    }

    /// Whether a line of an article's repairs came from decoding (an encoding read, mojibake, VIQR,
    /// a byte-order mark) rather than from the normaliser's routine character repairs.
    ///
    /// ```swift
    /// TextDecoding.isDecodingRepair("read as VNI-Windows, not UTF-8: ...")   // true
    /// TextDecoding.isDecodingRepair("2 quote character(s) unified")          // false
    /// ```
    public static func isDecodingRepair(_ line: String) -> Bool {
        let line = line.hasPrefix("title: ") ? String(line.dropFirst(7)) : line
        return [byteOrderMarkRemoved, "read as ", "legacy text shown as ", "mojibake repaired: "].contains { line.hasPrefix($0) }
    }

    static func repairMojibake(_ text: String) -> DecodedText {
        let (repaired, report) = MojibakeRepair.repair(text)
        return DecodedText(text: repaired, repairs: report.map { [$0.summary] } ?? [], encoding: .utf8)
    }

    /// "read as VNI-Windows, not UTF-8: 230 of 236 word(s) with marks are Vietnamese syllables
    /// (next best Windows-1258: 2); confidence 0.97 (high)".
    static func describe(_ verdict: EncodingDetector.Verdict, chosen: EncodingDetector.Candidate, how: String) -> String {
        let s = chosen.score
        var line = "\(how): \(s.good) of \(s.good + s.bad) word(s) with marks are Vietnamese syllables"
        if let runnerUp = verdict.runnerUp { line += " (next best \(runnerUp.encoding.displayName): \(runnerUp.score.value))" }
        if chosen.unlistedBytes > 0 {
            line += "; \(chosen.unlistedBytes) byte(s) not in \(chosen.encoding.displayName) kept as their Windows-1252 characters"
        }
        return line + "; " + ConfidenceWords.describe(verdict.confidence)
    }

    static func invalidUTF8(_ array: [UInt8], at offset: Int, skipped: Int, detail: String?) -> TextDecodingError {
        let line = array[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let shown = array[offset..<min(offset + 4, array.count)].map { hex($0) }.joined(separator: " ")
        var message = "invalid UTF-8 at byte offset \(offset + skipped) (bytes \(shown))"
        if let detail { message += "; \(detail)" }
        return TextDecodingError(message: message, line: line, offset: offset + skipped)
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
    }
}

/// Decoded text and the repairs made on the way.
public struct DecodedText: Sendable, Equatable {
    public let text: String
    /// One line a repair ("mojibake repaired: 3 word(s) on 1 line(s) were UTF-8 read as Windows-1252 ...").
    public let repairs: [String]
    /// The encoding the text was read from (`.utf8` for UTF-8, repaired or not).
    public let encoding: SourceEncoding
    public init(text: String, repairs: [String], encoding: SourceEncoding = .utf8) {
        self.text = text
        self.repairs = repairs
        self.encoding = encoding
    }
}

/// Bytes that could not be decoded, with the line of the first bad byte.
public struct TextDecodingError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let line: Int?
    /// The byte offset of the first bad byte, when there is one.
    public let offset: Int?
    public init(message: String, line: Int?, offset: Int? = nil) {
        self.message = message
        self.line = line
        self.offset = offset
    }
    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}
