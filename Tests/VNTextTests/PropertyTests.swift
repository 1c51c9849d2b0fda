import PropertyBased
import Testing
@testable import VNText

/// Properties of the normaliser and the matching key on random Vietnamese-ish text (see
/// `VietText`): syllables with random tones, misplaced marks, cases, NFC/NFD/Windows-1258 forms,
/// lookalike đ, random spacing, typographic quotes and dashes, and zero-width characters.
@Suite("Properties")
struct PropertyTests {
    static let count = 300

    @Test("normalize is idempotent", arguments: ToneStyle.allCases)
    func idempotent(_ style: ToneStyle) async {
        let n = normalizer(style)
        await propertyCheck(count: Self.count, input: VietText.tokens) { tokens in
            let x = VietText.build(tokens)
            let once = n.normalize(x)
            expectScalars(n.normalize(once), once, "normalising twice \(shown(x))")
        }
    }

    @Test("normalize keeps the matching key", arguments: ToneStyle.allCases)
    func keepsMatchingKey(_ style: ToneStyle) async {
        let n = normalizer(style)
        await propertyCheck(count: Self.count, input: VietText.tokens) { tokens in
            let x = VietText.build(tokens)
            expectScalars(MatchingKey.of(n.normalize(x)), MatchingKey.of(x), "key of normalised \(shown(x))")
        }
    }

    @Test("the two styles round-trip: old(new(x)) == old(x) and new(old(x)) == new(x)")
    func stylesRoundTrip() async {
        await propertyCheck(count: Self.count, input: VietText.tokens) { tokens in
            let x = VietText.build(tokens)
            let old = oldStyle.normalize(x), new = newStyle.normalize(x)
            expectScalars(oldStyle.normalize(new), old, "old(new(x)) for \(shown(x))")
            expectScalars(newStyle.normalize(old), new, "new(old(x)) for \(shown(x))")
        }
    }

    @Test("normalize keeps the number of lines and of whitespace-separated words", arguments: ToneStyle.allCases)
    func keepsLinesAndWords(_ style: ToneStyle) async {
        let n = normalizer(style)
        await propertyCheck(count: Self.count, input: VietText.tokens) { tokens in
            let x = VietText.build(tokens)
            let y = n.normalize(x)
            #expect(VietText.lineCount(y) == VietText.lineCount(x), "lines of \(shown(x)) -> \(shown(y))")
            #expect(VietText.wordCount(y) == VietText.wordCount(x), "words of \(shown(x)) -> \(shown(y))")
        }
    }

    @Test("NFC, NFD and Windows-1258 forms of a text normalise to the same text", arguments: ToneStyle.allCases)
    func compositionFormDoesNotMatter(_ style: ToneStyle) async {
        let n = normalizer(style)
        await propertyCheck(count: Self.count, input: VietText.tokens) { tokens in
            var options = VietText.Options()
            options.form = .nfc
            let nfc = VietText.build(tokens, options)
            options.form = .nfd
            let nfd = VietText.build(tokens, options)
            options.form = .windows1258
            let w1258 = VietText.build(tokens, options)
            expectScalars(n.normalize(nfd), n.normalize(nfc), "NFD \(shown(nfd)) vs NFC \(shown(nfc))")
            expectScalars(n.normalize(w1258), n.normalize(nfc), "1258 \(shown(w1258)) vs NFC \(shown(nfc))")
        }
    }

    @Test("misplaced tone marks normalise like canonical ones", arguments: ToneStyle.allCases)
    func displacedTonesAreRepaired(_ style: ToneStyle) async {
        let n = normalizer(style)
        await propertyCheck(count: Self.count, input: VietText.tokens) { tokens in
            var options = VietText.Options()
            let displaced = VietText.build(tokens, options)
            options.displace = false
            let canonical = VietText.build(tokens, options)
            expectScalars(n.normalize(displaced), n.normalize(canonical), "\(shown(displaced)) vs \(shown(canonical))")
        }
    }

    @Test("lookalikes of đ in Vietnamese syllables normalise like đ", arguments: ToneStyle.allCases)
    func lookalikesAreRepaired(_ style: ToneStyle) async {
        let n = normalizer(style)
        await propertyCheck(count: Self.count, input: VietText.tokens) { tokens in
            var options = VietText.Options()
            let withLookalikes = VietText.build(tokens, options)
            options.lookalikes = false
            let clean = VietText.build(tokens, options)
            expectScalars(n.normalize(withLookalikes), n.normalize(clean), "\(shown(withLookalikes)) vs \(shown(clean))")
        }
    }

    @Test("clean canonical old-style text is left unchanged by the old style")
    func canonicalTextIsFixedPoint() async {
        await propertyCheck(count: Self.count, input: VietText.tokens) { tokens in
            let options = VietText.Options(form: .nfc, displace: false, lookalikes: false, junk: false)
            let x = VietText.build(tokens, options)
            expectScalars(oldStyle.normalize(x), x, "canonical text")
        }
    }

    static let debris: Set<UInt32> = Set(
        [0x00A0, 0x202F, 0x3000, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF,
         0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB,
         0x2010, 0x2011, 0x2013, 0x2014, 0x2015, 0x2212] + Array(0x2000...0x200A))

    @Test("normalised text is NFC and free of odd spaces, invisible characters, typographic quotes and dashes",
          arguments: ToneStyle.allCases)
    func outputIsClean(_ style: ToneStyle) async {
        let n = normalizer(style)
        await propertyCheck(count: Self.count, input: VietText.tokens) { tokens in
            let x = VietText.build(tokens)
            let y = n.normalize(x)
            let utf16 = Array(y.utf16)
            let composed = try ICU.nfc(utf16)
            #expect(composed == utf16, "not NFC: \(shown(y))")
            #expect(!y.unicodeScalars.contains { Self.debris.contains($0.value) }, "debris left in \(shown(y))")
        }
    }

    @Test("the key of Vietnamese-ish text is lower-case ASCII and a fixed point of the key")
    func keyIsLowerASCII() async {
        await propertyCheck(count: Self.count, input: VietText.tokens) { tokens in
            let x = VietText.build(tokens)
            let key = MatchingKey.of(x)
            #expect(
                key.unicodeScalars.allSatisfy { $0.isASCII && !("A"..."Z").contains($0) },
                "key \(shown(key)) of \(shown(x))")
            expectScalars(MatchingKey.of(key), key, "key of key")
        }
    }

    /// Wider input: scalars drawn from ASCII, Latin-1 letters, Vietnamese letters, combining marks,
    /// invisible characters, odd spaces, Cyrillic, Greek, CJK and emoji. (Symbols that compose
    /// with a combining mark, like `¨` + U+0300, are covered by a fixed case in MatchingKeyTests.)
    static let wildScalars: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x20...0x7E, 0x0A...0x0A, 0xA0...0xA0, 0xC0...0xFF, 0x1EA0...0x1EF9, 0x0300...0x0323,
        0x0110...0x0111, 0x01A0...0x01B0, 0x200B...0x200D, 0x2000...0x200A, 0x2010...0x201E,
        0x0400...0x045F, 0x0391...0x03C9, 0x4E00...0x4E40, 0x1F600...0x1F64F, 0xFEFF...0xFEFF,
        0x00D0...0x00D0, 0x0189...0x0189, 0x0256...0x0256,
    ]

    static let wild = Gen<UInt32>.value(in: 0...UInt32.max).array(of: 0...40).map { words -> String in
        var s = ""
        for w in words {
            let range = wildScalars[Int(w % UInt32(wildScalars.count))]
            let value = range.lowerBound + (w >> 8) % (range.upperBound - range.lowerBound + 1)
            if let scalar = Unicode.Scalar(value) { s.unicodeScalars.append(scalar) }
        }
        return s
    }

    @Test("on arbitrary mixed-script text normalize is idempotent and keeps the key", arguments: ToneStyle.allCases)
    func wildText(_ style: ToneStyle) async {
        let n = normalizer(style)
        await propertyCheck(count: 1000, input: Self.wild) { x in
            let once = n.normalize(x)
            expectScalars(n.normalize(once), once, "normalising twice \(shown(x))")
            expectScalars(MatchingKey.of(once), MatchingKey.of(x), "key of normalised \(shown(x))")
        }
    }
}
