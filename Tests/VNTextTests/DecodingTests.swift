import Testing
@testable import VNText

/// `TextDecoding`: byte-order marks, binary data, the UTF-8 error, VIQR, forced encodings.
@Suite("Decoding")
struct DecodingTests {
    @Test("UTF-8 is read as it is, without repairs")
    func plainUTF8() throws {
        let decoded = try TextDecoding.decode(Array("Hà Nội — Việt Nam’s “capital”".utf8))
        expectScalars(decoded.text, "Hà Nội — Việt Nam’s “capital”")
        #expect(decoded.repairs.isEmpty)
        #expect(decoded.encoding == .utf8)
    }

    @Test("a byte-order mark is dropped and reported")
    func byteOrderMark() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Việt".utf8))
        expectScalars(decoded.text, "Việt")
        #expect(decoded.repairs == ["byte-order mark removed"])
    }

    @Test("--from utf8 refuses bytes that are not UTF-8, naming offset and line")
    func forcedUTF8() {
        let bytes = Array("dòng một\nVi".utf8) + [0xEA, 0xF2, 0x74]
        let error = #expect(throws: TextDecodingError.self) { try TextDecoding.decode(bytes, from: .utf8) }
        #expect(error?.line == 2)
        #expect(error?.offset == 14)
        #expect(error?.description == "line 2: invalid UTF-8 at byte offset 14 (bytes EA F2 74)")
    }

    @Test("binary data is refused", arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00] as [UInt8], "binary data (a NUL byte at byte offset 8)"),
        (Array(repeating: 0x01, count: 8) + Array("some text".utf8), "binary data (8 control bytes, the first at byte offset 0)"),
    ])
    func binary(_ bytes: [UInt8], _ message: String) {
        let error = #expect(throws: TextDecodingError.self) { try TextDecoding.decode(bytes) }
        #expect(error?.message == message)
    }

    @Test("a few control bytes in long text are not binary")
    func fewControls() throws {
        let text = String(repeating: "Hà Nội là thủ đô. ", count: 60) + "\u{1}\u{7}"
        #expect(try TextDecoding.decode(Array(text.utf8)).text == text)
    }

    @Test("VIQR words", arguments: [
        ("Vie^.t Nam", "Việt Nam"),
        ("DDu+o+`ng pho^'", "Đường phố"),
        ("Ha` No^.i.", "Hà Nội."),
        ("gi`\\?", "gì?"),
        ("Thu.y\\.", "Thụy."),
        ("tie^'ng Vie^.t.", "tiếng Việt."),
        ("Chi'nh phu?, Thu? tu+o+'ng", "Chính phủ, Thủ tướng"),
        ("Bo^. Ngoa.i giao", "Bộ Ngoại giao"),
        ("ho.p nhau. Thu? tu+o+'ng", "họp nhau. Thủ tướng"),
        ("See https://vi.example/tie^'ng.html or a@b.vn", "See https://vi.example/tie^'ng.html or a@b.vn"),
        ("address e.g. O'Brien", "address e.g. O'Brien"),
    ])
    func viqr(_ input: String, _ expected: String) {
        expectScalars(VIQRDecoder.decode(input).text, expected, input)
    }

    @Test("VIQR text is detected; English with stray marks is not")
    func viqrDetection() throws {
        let viqr = "Chie^`u 20/3, Thu? tu+o+'ng Pha.m Minh Chi'nh dda~ tie^'p ddoa`n doanh nghie^.p Nha^.t Ba?n."
        let decoded = TextDecoding.repair(viqr)
        #expect(decoded.encoding == .viqr)
        expectScalars(decoded.text, "Chiều 20/3, Thủ tướng Phạm Minh Chính đã tiếp đoàn doanh nghiệp Nhật Bản.")
        #expect(decoded.repairs.first?.hasPrefix("read as VIQR: 11 of 13 word(s) carried VIQR marks") == true, "\(decoded.repairs)")
        let english = "He said: \"Go.\" Then (a) and (b) were signed^2 in Hanoi, e.g. today; 3+4=7 `code` ~approx."
        let plain = TextDecoding.repair(english)
        #expect(plain.text == english)
        #expect(plain.repairs.isEmpty)
    }

    @Test("--from on UTF-8 bytes reinterprets legacy text shown as Windows-1252")
    func forcedOnUTF8() throws {
        let decoded = try TextDecoding.decode(Array("Vieät Nam".utf8), from: .vni)
        expectScalars(decoded.text, "Việt Nam")
        let tcvn3 = try TextDecoding.decode(Array("ViÖt Nam".utf8), from: .tcvn3)
        expectScalars(tcvn3.text, "Việt Nam")
    }

    @Test("repairs of JSON fields: VIQR, mojibake, legacy shown as Windows-1252")
    func repairFields() {
        expectScalars(TextDecoding.repair("Viá»‡t Nam vÃ  LÃ o").text, "Việt Nam và Lào")
        expectScalars(TextDecoding.repair("Vie^.t Nam va` La`o, Ha` No^.i").text, "Việt Nam và Lào, Hà Nội")
        expectScalars(TextDecoding.repair("Ngaøy 20/3, Thuû töôùng tieáp ñoaøn").text, "Ngày 20/3, Thủ tướng tiếp đoàn")
    }

    @Test("syllable scores", arguments: [
        ("Việt Nam là Viá»‡t", 2, 1),
        ("hát học kịch", 3, 0),
        ("hat hoc", 0, 0),
        ("hàt", 0, 0),
        ("hàt hờt", 0, 1),
        ("café naïve", 0, 0),
        ("ViỆt", 0, 1),
        ("Vi®t", 0, 1),
    ])
    func scores(_ text: String, _ good: Int, _ bad: Int) {
        let s = SyllableScore.of(text)
        #expect(s.good == good, "\(text)")
        #expect(s.bad == bad, "\(text)")
    }
}
