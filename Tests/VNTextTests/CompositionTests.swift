import Testing
@testable import VNText

/// Rule 1: the normaliser composes text to Unicode NFC. Decomposed input (base letter plus
/// combining marks, as some keyboards and Windows-1258 conversions produce it) comes out as the
/// precomposed letters, in either order of the marks.
@Suite("Rule 1: NFC composition")
struct CompositionTests {
    static let decomposed: [NormCase] = [
        // Fully decomposed (NFD), canonical mark order: dot below before circumflex/breve/horn tones.
        NormCase("Vie\u{0323}\u{0302}t Nam", "Việt Nam"),
        NormCase("Ha\u{0300} No\u{0323}\u{0302}i", "Hà Nội"),
        NormCase("Nguye\u{0302}\u{0303}n Phu\u{0301} Tro\u{0323}ng", "Nguyễn Phú Trọng"),
        NormCase("\u{0110}a\u{0323}\u{0306}ng", "Đặng"),
        NormCase("\u{0110}a\u{0300} Na\u{0306}\u{0303}ng", "Đà Nẵng"),
        NormCase("ngu\u{031B}o\u{031B}\u{0300}i", "người"),
        NormCase("\u{0111}u\u{031B}o\u{031B}\u{0323}c", "được"),
        NormCase("Thu\u{0309} tu\u{031B}o\u{031B}\u{0301}ng", "Thủ tướng"),
        NormCase("Quo\u{0302}\u{0301}c ho\u{0323}\u{0302}i", "Quốc hội"),
        NormCase("To\u{0302}\u{0309}ng Bi\u{0301} thu\u{031B}", "Tổng Bí thư"),
        NormCase("tie\u{0302}\u{0301}ng Vie\u{0323}\u{0302}t", "tiếng Việt"),
        // Marks in non-canonical order (tone before the dot below): NFC reorders them.
        NormCase("Vie\u{0302}\u{0323}t", "Việt"),
        NormCase("\u{0110}a\u{0306}\u{0323}ng", "Đặng"),
        NormCase("ho\u{0302}\u{0323}i", "hội"),
        // Windows-1258 style: precomposed shape letter followed by a combining tone.
        NormCase("Vi\u{00EA}\u{0323}t", "Việt"),
        NormCase("Nguy\u{00EA}\u{0303}n", "Nguyễn"),
        NormCase("ng\u{01B0}\u{01A1}\u{0300}i", "người"),
        NormCase("\u{0110}\u{0103}\u{0323}ng", "Đặng"),
        NormCase("Qu\u{00F4}\u{0301}c h\u{00F4}\u{0323}i", "Quốc hội"),
        NormCase("L\u{00E2}m", "Lâm"),
        // Upper and title case.
        NormCase("VIE\u{0323}\u{0302}T NAM", "VIỆT NAM"),
        NormCase("HA\u{0300} NO\u{0323}\u{0302}I", "HÀ NỘI"),
        NormCase("NGUYE\u{0302}\u{0303}N PHU\u{0301} TRO\u{0323}NG", "NGUYỄN PHÚ TRỌNG"),
        NormCase("\u{0110}A\u{0300} NA\u{0306}\u{0303}NG", "ĐÀ NẴNG"),
        NormCase("NGU\u{031B}O\u{031B}\u{0300}I", "NGƯỜI"),
        // Mixed NFC and NFD in one sentence, with punctuation.
        NormCase("Tổng Bí thư Tô La\u{0302}m", "Tổng Bí thư Tô Lâm"),
        NormCase("(Vie\u{0323}\u{0302}t Nam),", "(Việt Nam),"),
        // Composition is Unicode NFC, not only for Vietnamese words.
        NormCase("cafe\u{0301}", "café"),
        NormCase("A\u{030A}ngstro\u{0308}m", "Ångström"),
        NormCase("Jose\u{0301}", "José"),
        // Text already in NFC is unchanged.
        NormCase("Việt Nam", "Việt Nam"),
        NormCase("Nguyễn Phú Trọng", "Nguyễn Phú Trọng"),
    ]

    @Test("decomposed letters are composed to NFC", arguments: decomposed)
    func composes(_ c: NormCase) {
        check(c)
    }

    /// Decomposed input is composed and then placed in the chosen tone style.
    static let decomposedStyled: [StyleCase] = [
        StyleCase("Ho\u{0300}a Bi\u{0300}nh", old: "Hòa Bình", new: "Hoà Bình"),
        StyleCase("hoa\u{0300}", old: "hòa", new: "hoà"),
        StyleCase("thu\u{0309}y", old: "thủy", new: "thuỷ"),
        StyleCase("thuy\u{0309}", old: "thủy", new: "thuỷ"),
        StyleCase("khoe\u{0309}", old: "khỏe", new: "khoẻ"),
        StyleCase("HOA\u{0300}", old: "HÒA", new: "HOÀ"),
        StyleCase("kho\u{0301}a XV", old: "khóa XV", new: "khoá XV"),
        // Decomposed and misplaced at once.
        StyleCase("ho\u{0300}an", "hoàn"),
        StyleCase("qu\u{0301}y", "quý"),
        StyleCase("gi\u{0300}a", "già"),
        StyleCase("ngu\u{031B}\u{0300}o\u{031B}i", "người"),
        StyleCase("Ho\u{0300}an Kie\u{0302}\u{0301}m", "Hoàn Kiếm"),
    ]

    @Test("decomposed letters are composed and their tone placed in the style", arguments: decomposedStyled)
    func composesAndPlaces(_ c: StyleCase) {
        check(c)
    }

    @Test("the report counts the words that NFC changed")
    func reportCountsComposedWords() {
        let (text, report) = oldStyle.normalizeReporting("Ha\u{0300} No\u{0323}\u{0302}i, Việt Nam")
        expectScalars(text, "Hà Nội, Việt Nam")
        #expect(report.wordsComposed == 2)
    }

    @Test("text already in NFC and in place yields an empty report", arguments: ToneStyle.allCases)
    func cleanTextHasEmptyReport(_ style: ToneStyle) {
        let text = "Tổng Bí thư Tô Lâm tiếp Đại sứ Hoa Kỳ tại Hà Nội."
        let result = normalizer(style).normalizeReporting(text)
        expectScalars(result.text, text)
        #expect(result.report.isEmpty)
    }
}
