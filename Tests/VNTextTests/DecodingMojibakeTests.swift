import PropertyBased
import Testing
@testable import VNText

/// Mojibake repair: UTF-8 read as Windows-1252 or Latin-1 and saved again.
@Suite("Decoding: mojibake")
struct DecodingMojibakeTests {
    @Test("the fixtures come back to the source", arguments: [
        ("mojibake.txt", "mojibake", "Windows-1252", 1),
        ("mojibake-twice.txt", "mojibake-twice", "Windows-1252", 2),
        ("mojibake-latin1.txt", "mojibake-latin1", "Latin-1", 1),
        ("mojibake-mixed.txt", "mojibake-mixed", "Windows-1252", 1),
    ])
    func fixtures(_ file: String, _ id: String, _ codePage: String, _ passes: Int) throws {
        let decoded = try TextDecoding.decode(try BadInput.bytes("encodings/\(file)"))
        expectScalars(decoded.text, try BadInput.source(id: id), file)
        #expect(decoded.repairs.count == 1)
        let line = decoded.repairs.first ?? ""
        #expect(line.hasPrefix("mojibake repaired: "), "\(line)")
        #expect(line.contains("were UTF-8 read as \(codePage)"), "\(line)")
        #expect(line.contains("times over") == (passes > 1), "\(line)")
        if passes > 1 { #expect(line.contains("\(passes) times over"), "\(line)") }
        #expect(line.contains("(high)"), "\(line)")
    }

    @Test("the mixed fixture repairs only its mangled paragraph")
    func mixedLines() throws {
        let decoded = try TextDecoding.decode(try BadInput.bytes("encodings/mojibake-mixed.txt"))
        // The second paragraph (line 10 of the file) is the only mangled one.
        #expect(decoded.repairs.first?.contains("on 1 line(s)") == true, "\(decoded.repairs)")
        #expect(decoded.repairs.first?.contains("(line 10: ") == true, "\(decoded.repairs)")
    }

    @Test("words and punctuation", arguments: [
        ("Viá»‡t Nam", "Việt Nam"),
        ("Thá»§ tÆ°á»›ng Pháº¡m Minh ChÃ­nh", "Thủ tướng Phạm Minh Chính"),
        ("Ä\u{90}áº£ng Cá»™ng sáº£n", "Đảng Cộng sản"),
        ("Vietnamâ€™s â€œreformâ€\u{9D} â€” and more", "Vietnam’s “reform” — and more"),
        ("cafÃ© Ä‘Ã¡", "café đá"),
        ("giÃ¡ 10.000 â‚«", "giá 10.000 ₫"),
        // A no-break space saved as a plain space after "Ã" (là), with strong evidence nearby.
        ("Ä‘Ã¢y lÃ  nÆ¡i", "đây là nơi"),
        // Correct words in the same line stay as they are.
        ("Hà Nội, Viá»‡t Nam", "Hà Nội, Việt Nam"),
    ])
    func words(_ input: String, _ expected: String) {
        let (text, report) = MojibakeRepair.repair(input)
        expectScalars(text, expected, input)
        #expect(report != nil)
    }

    @Test("correct text that looks a little like mojibake is left alone", arguments: [
        "NGÃ—", "XÃ…", "LÊ’S", "Ô—", "HÀ NỘI — TTXVN", "là\u{A0}nơi", "Â", "Ã", "ĐÃ\u{A0}NÓI",
        "“HUẾ”", "São Paulo", "Ærøskøbing", "naïve café", "Â€", "Ã©tÃ©",
    ])
    func leftAlone(_ input: String) {
        // "Ã©tÃ©" alone has no strong evidence elsewhere, yet it is strong itself: see below.
        if input == "Ã©tÃ©" {
            expectScalars(MojibakeRepair.repair(input).text, "été")
            return
        }
        let (text, report) = MojibakeRepair.repair(input)
        expectScalars(text, input)
        #expect(report == nil)
    }

    @Test("no-break-space evidence alone repairs nothing")
    func weakAlone() {
        let input = "lÃ\u{A0} Â\u{A0}"
        let (text, report) = MojibakeRepair.repair(input)
        expectScalars(text, input)
        #expect(report == nil)
    }

    @Test("random correct Vietnamese text is unchanged")
    func propertyVietnamese() async {
        var options = VietText.Options()
        options.form = .nfc
        options.displace = false
        options.lookalikes = false
        await propertyCheck(count: 500, input: VietText.tokens) { tokens in
            let x = VietText.build(tokens, options)
            let repaired = TextDecoding.repair(x)
            expectScalars(repaired.text, x, "repair of \(shown(x))")
            #expect(repaired.repairs.isEmpty, "\(repaired.repairs) for \(shown(x))")
        }
    }

    @Test("random Vietnamese text in any form (NFD, Windows-1258 order, lookalikes) is unchanged")
    func propertyAnyForm() async {
        await propertyCheck(count: 500, input: VietText.tokens) { tokens in
            let x = VietText.build(tokens)
            let repaired = TextDecoding.repair(x)
            expectScalars(repaired.text, x, "repair of \(shown(x))")
            #expect(repaired.repairs.isEmpty, "\(repaired.repairs) for \(shown(x))")
        }
    }

    @Test("random English and capitalised Vietnamese next to typographic punctuation is unchanged")
    func propertyEnglishAndCapitals() async {
        await propertyCheck(count: 500, input: TypographicText.tokens) { tokens in
            let x = TypographicText.build(tokens)
            let repaired = TextDecoding.repair(x)
            expectScalars(repaired.text, x, "repair of \(shown(x))")
            #expect(repaired.repairs.isEmpty, "\(repaired.repairs) for \(shown(x))")
        }
    }

    @Test("mangling correct text and repairing it gives it back")
    func roundTrip() async {
        var options = VietText.Options()
        options.form = .nfc
        options.displace = false
        options.lookalikes = false
        options.junk = false
        await propertyCheck(count: 300, input: VietText.tokens) { tokens in
            let x = VietText.build(tokens, options)
            let mangled = String(String.UnicodeScalarView(x.utf8.map { Unicode.Scalar(Windows1252.scalar(for: $0))! }))
            let (text, _) = MojibakeRepair.repair(mangled)
            // A text with only "à" (no strong evidence) may stay mangled; anything repaired is right.
            if text != mangled { expectScalars(text, x, "repair of \(shown(mangled))") }
        }
    }
}

/// Random English words and upper-case Vietnamese words next to typographic punctuation: closing
/// marks right after a word (’ ” » … — ™ © ° €), opening marks right before one (“ « ‘ „), no-break
/// spaces between words: the neighbourhoods where mojibake detection could misfire.
enum TypographicText {
    static let words = [
        "The", "minister", "said", "Vietnam", "Hanoi", "café", "naïve", "São", "Paulo", "résumé", "don’t",
        "HÀ", "NỘI", "NGÃ", "XÃ", "LÊ", "Ô", "Â", "Ã", "ĐÃ", "CHÂU", "ÂU", "TRẦN", "HUẾ", "Ê", "Ơ", "À", "Ý",
        "ÔNG", "BÀ", "ĐÀ", "NẴNG", "CÀ", "MAU", "Ở", "Ấy", "à", "á", "ô", "â", "ê", "é", "ò", "ó", "5€", "10°C",
    ]
    static let closing = ["", "", "", "’", "”", "»", "…", "—", "–", "™", "©", "®", "°", "€", "’s", ",", ".", ")", "!"]
    static let opening = ["", "", "", "“", "«", "‘", "„", "(", "—"]
    static let separators = [" ", " ", " ", "\u{A0}", " — ", " – ", "\n", " \u{A0}"]
    static let tokens = Gen<UInt64>.value(in: 0...UInt64.max).array(of: 1...24)

    static func build(_ tokens: [UInt64]) -> String {
        tokens.map { r in
            let word = words[Int(r % UInt64(words.count))]
            let close = closing[Int((r >> 16) % UInt64(closing.count))]
            let separator = separators[Int((r >> 32) % UInt64(separators.count))]
            let open = opening[Int((r >> 48) % UInt64(opening.count))]
            return open + word + close + separator
        }.joined()
    }
}
