import Testing
@testable import VNText

/// Legacy Vietnamese encodings: each fixture in `Fixtures/bad-input/encodings/` is `source.txt`
/// written in one encoding; detection must pick that encoding and give back the source exactly.
@Suite("Legacy encodings")
struct LegacyEncodingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let id: String
        let encoding: SourceEncoding
        let repair: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "cp1258.txt", id: "cp1258", encoding: .cp1258, repair: "read as Windows-1258, not UTF-8"),
        Case(file: "vni.txt", id: "vni", encoding: .vni, repair: "read as VNI-Windows, not UTF-8"),
        Case(file: "tcvn3.txt", id: "tcvn3", encoding: .tcvn3, repair: "read as TCVN3 (ABC), not UTF-8"),
        Case(file: "viscii.txt", id: "viscii", encoding: .viscii, repair: "read as VISCII, not UTF-8"),
        Case(file: "viqr.txt", id: "viqr", encoding: .viqr, repair: "read as VIQR"),
        Case(file: "vni-shown-as-cp1252.txt", id: "vni-shown", encoding: .vni,
             repair: "legacy text shown as Windows-1252 read again as VNI-Windows"),
        Case(file: "tcvn3-shown-as-cp1252.txt", id: "tcvn3-shown", encoding: .tcvn3,
             repair: "legacy text shown as Windows-1252 read again as TCVN3 (ABC)"),
    ]

    @Test("auto-detection reads the fixture back to the source", arguments: cases)
    func detects(_ c: Case) throws {
        let decoded = try TextDecoding.decode(try BadInput.bytes("encodings/\(c.file)"))
        #expect(decoded.encoding == c.encoding)
        expectScalars(decoded.text, try BadInput.source(id: c.id), c.file)
        #expect(decoded.repairs.count == 1)
        let repair = decoded.repairs.first ?? ""
        #expect(repair.hasPrefix(c.repair), "\(repair)")
        if c.encoding != .viqr { #expect(repair.contains("confidence 0.9") || repair.contains("confidence 1.00"), "\(repair)") }
    }

    @Test("--from forces the encoding", arguments: cases)
    func forced(_ c: Case) throws {
        let decoded = try TextDecoding.decode(try BadInput.bytes("encodings/\(c.file)"), from: c.encoding)
        expectScalars(decoded.text, try BadInput.source(id: c.id), c.file)
        #expect(decoded.repairs.contains { $0.contains("--from \(c.encoding.rawValue)") })
    }

    @Test("bytes that are neither UTF-8 nor a Vietnamese encoding: the clear error")
    func unknownEncoding() throws {
        let bytes = try BadInput.bytes("encodings/unknown-gb2312.txt")
        let error = #expect(throws: TextDecodingError.self) { try TextDecoding.decode(bytes) }
        #expect(error?.line == 4)
        #expect(error?.offset == 28)
        #expect(error?.message.hasPrefix("invalid UTF-8 at byte offset 28 (bytes C4 CF D7 DC)") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("no legacy Vietnamese encoding reads it better than another") == true)
    }

    @Test("a tie between two different readings is unknown")
    func tie() {
        // "\xE1" alone: á in Windows-1258, VNI, VISCII and Windows-1252, ỏ in TCVN3; both are syllables.
        let verdict = EncodingDetector.detect([0x6E, 0xF3, 0x69, 0x20, 0xE1])
        #expect(verdict.chosen == nil)
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode([0x6E, 0xF3, 0x69, 0x20, 0xE1]) }
    }

    @Test("English text in Windows-1252 is detected as Western text; --from cp1252 forces it")
    func westernText() throws {
        let bytes: [UInt8] = Array("The minister\u{92}s visit \u{96} a caf\u{E9} meeting".unicodeScalars.map { UInt8($0.value) })
        let detected = try TextDecoding.decode(bytes)
        #expect(detected.encoding == .cp1252)
        expectScalars(detected.text, "The minister\u{2019}s visit \u{2013} a café meeting")
        #expect(detected.repairs.count == 1)
        #expect(detected.repairs.first?.hasPrefix("read as Windows-1252, not UTF-8: Western text (1 of 29 letter(s) outside ASCII), 3 byte(s) above ASCII (’ – é)") == true,
                "\(detected.repairs)")
        #expect(detected.repairs.first?.contains("Latin-1 would read 2 of them as control characters") == true)
        #expect(TextDecoding.isDecodingRepair(detected.repairs[0]))
        // A Vietnamese word with a stray byte is not Western text: still the error.
        #expect(throws: TextDecodingError.self) { try TextDecoding.decode([0x56, 0x69, 0xFF, 0x74]) }
        let decoded = try TextDecoding.decode(bytes, from: .cp1252)
        #expect(decoded.encoding == .cp1252)
        expectScalars(decoded.text, "The minister\u{2019}s visit \u{2013} a café meeting")
    }

    @Test("Western text: Windows-1252 when bytes 80-9F occur, Latin-1 reads the same otherwise; how sure grows with the evidence")
    func westernChoice() throws {
        func bytes(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8($0.value) } }
        let english = "The Prime Minister\u{92}s \u{93}historic\u{94} visit to the caf\u{E9} by the lake drew a crowd of officials"
        let reading = try #require(WesternTextDetector.detect(bytes(english)))
        expectScalars(reading.text, "The Prime Minister\u{2019}s \u{201C}historic\u{201D} visit to the café by the lake drew a crowd of officials")
        #expect(reading.windowsOnlyBytes == 3)
        #expect(reading.highBytes == 4)
        let latin1 = try #require(WesternTextDetector.detect(bytes("Le caf\u{E9} de la place, ouvert depuis longtemps, reste plein")))
        #expect(latin1.windowsOnlyBytes == 0)
        #expect(latin1.summary.contains("Latin-1 reads them the same"))
        // One byte is little evidence; many are more.
        #expect(latin1.confidence < 0.6)
        #expect(reading.confidence > latin1.confidence)
        let long = try #require(WesternTextDetector.detect(bytes(String(repeating: english + ". ", count: 5))))
        #expect(long.confidence >= 0.9)
        #expect(long.summary.hasSuffix("(high)"))
        // Not Western text: a byte Windows-1252 leaves undefined, or many letters outside ASCII.
        #expect(WesternTextDetector.detect(bytes("The minister\u{81}s visit")) == nil)
        #expect(WesternTextDetector.detect(bytes("Vi\u{EA}t Nam l\u{E0} n\u{EA}n")) == nil)
        #expect(WesternTextDetector.detect(try BadInput.bytes("encodings/unknown-gb2312.txt")) == nil)
    }

    @Test("Vietnamese legacy text is still read as Vietnamese, not as Western text")
    func vietnameseBeatsWestern() throws {
        for file in ["vni.txt", "tcvn3.txt", "cp1258.txt", "viscii.txt"] {
            let bytes = try BadInput.bytes("encodings/\(file)")
            #expect(WesternTextDetector.detect(bytes) == nil, "\(file)")
            #expect(try TextDecoding.decode(bytes).encoding != .cp1252, "\(file)")
        }
    }

    @Test("VNI: a capital with a lower-case mark byte, and ơ/ô, ư, đ, ĩ traps")
    func vniTraps() {
        let vni = LegacyCodecs.shared.vni
        let bytes = Array("Aø oâ ô ö ñ ó ÑAØ ñöôøng".unicodeScalars.map { UInt8($0.value) })
        expectScalars(vni.decode(bytes).text, "À ô ơ ư đ ĩ ĐÀ đường")
    }

    @Test("Windows-1258 comes back composed (NFC)")
    func cp1258Composes() {
        // "Việt" in Windows-1258: V i ê + combining dot below (F2) t.
        let text = LegacyCodecs.shared.cp1258.decode([0x56, 0x69, 0xEA, 0xF2, 0x74]).text
        expectScalars(text, "Việt")
    }

    @Test("the tables cover every Vietnamese letter they claim", arguments: [SourceEncoding.vni, .viscii])
    func tablesComplete(_ encoding: SourceEncoding) {
        let codec = LegacyCodec.codec(for: encoding)!
        var produced = Set<UInt32>()
        for first in 0..<256 {
            produced.insert(codec.single[first])
            if !codec.pairs.isEmpty { for second in 0xC0..<0x100 { produced.insert(codec.pairs[first << 8 | second]) } }
        }
        let alphabet = VietnameseAlphabet.shared
        for base in 0..<12 {
            for tone in Tone.allCases {
                for upper in [false, true] {
                    let letter = alphabet.compose(base: UInt8(base), tone: tone, uppercase: upper)
                    if letter >= 0x80 { #expect(produced.contains(letter), "\(encoding) lacks U+\(String(letter, radix: 16))") }
                }
            }
        }
        #expect(produced.contains(0x111) && produced.contains(0x110))
    }

    @Test("TCVN3 has all 67 lower-case letters and the 7 capitals")
    func tcvn3Repertoire() {
        let codec = LegacyCodecs.shared.tcvn3
        let listed = Set((0x80..<0x100).map { codec.single[$0] }.filter { $0 != 0 })
        #expect(listed.count == 74)
        for capital in "ĂÂÊÔƠƯĐ".unicodeScalars { #expect(listed.contains(capital.value)) }
    }
}
