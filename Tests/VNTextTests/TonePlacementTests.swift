import Testing
@testable import VNText

/// Rule 2: every tone mark sits on its canonical vowel in the chosen style. The old style
/// (default) writes `hòa thủy khỏe`, the new style `hoà thuỷ khoẻ`; the styles differ only for
/// oa, oe, uy with no final consonant. Misplaced marks are repaired; case and spacing are kept.
@Suite("Rule 2: tone-mark placement")
struct TonePlacementTests {
    /// oa, oe, uy with no final consonant: the only syllables the two styles write differently.
    static let openOaOeUy: [StyleCase] = [
        StyleCase("hòa", old: "hòa", new: "hoà"),
        StyleCase("hoà", old: "hòa", new: "hoà"),
        StyleCase("hóa", old: "hóa", new: "hoá"),
        StyleCase("hoá", old: "hóa", new: "hoá"),
        StyleCase("họa", old: "họa", new: "hoạ"),
        StyleCase("hoạ", old: "họa", new: "hoạ"),
        StyleCase("khóa", old: "khóa", new: "khoá"),
        StyleCase("khoá", old: "khóa", new: "khoá"),
        StyleCase("tòa", old: "tòa", new: "toà"),
        StyleCase("xóa", old: "xóa", new: "xoá"),
        StyleCase("thỏa", old: "thỏa", new: "thoả"),
        StyleCase("khỏe", old: "khỏe", new: "khoẻ"),
        StyleCase("khoẻ", old: "khỏe", new: "khoẻ"),
        StyleCase("lòe", old: "lòe", new: "loè"),
        StyleCase("xoè", old: "xòe", new: "xoè"),
        StyleCase("thủy", old: "thủy", new: "thuỷ"),
        StyleCase("thuỷ", old: "thủy", new: "thuỷ"),
        StyleCase("thúy", old: "thúy", new: "thuý"),
        StyleCase("tùy", old: "tùy", new: "tuỳ"),
        StyleCase("luỹ", old: "lũy", new: "luỹ"),
        StyleCase("hủy", old: "hủy", new: "huỷ"),
        StyleCase("thụy", old: "thụy", new: "thuỵ"),
        StyleCase("nhụy", old: "nhụy", new: "nhuỵ"),
        StyleCase("ủy", old: "ủy", new: "uỷ"),
        StyleCase("uỷ", old: "ủy", new: "uỷ"),
    ]

    /// Closed syllables: the tone goes on the last vowel, in both styles.
    static let closed: [StyleCase] = [
        StyleCase.unchanged("hoàn"),
        StyleCase("hòan", "hoàn"),
        StyleCase.unchanged("toán"),
        StyleCase("tóan", "toán"),
        StyleCase.unchanged("hoạch"),
        StyleCase("họach", "hoạch"),
        StyleCase.unchanged("hoàng"),
        StyleCase("hòang", "hoàng"),
        StyleCase("khỏang", "khoảng"),
        StyleCase("tòan", "toàn"),
        StyleCase("họat", "hoạt"),
        StyleCase("thóat", "thoát"),
        StyleCase("chóang", "choáng"),
        StyleCase("lọan", "loạn"),
        StyleCase("khóet", "khoét"),
        StyleCase.unchanged("huỳnh"),
        StyleCase("hùynh", "huỳnh"),
        StyleCase("húyt", "huýt"),
        StyleCase("hụych", "huỵch"),
        StyleCase.unchanged("thuyết"),
        StyleCase("thuýêt", "thuyết"),
    ]

    /// A vowel with a shape mark (â ă ê ô ơ ư) takes the tone; the last such one when there are two.
    static let shaped: [StyleCase] = [
        StyleCase.unchanged("người"),
        StyleCase("ngừơi", "người"),
        StyleCase.unchanged("muốn"),
        StyleCase("múôn", "muốn"),
        StyleCase.unchanged("thuở"),
        StyleCase("thủơ", "thuở"),
        StyleCase.unchanged("khuyến"),
        StyleCase("khúyên", "khuyến"),
        StyleCase("khuýên", "khuyến"),
        StyleCase("đựơc", "được"),
        StyleCase("trừơng", "trường"),
        StyleCase("tíêng", "tiếng"),
        StyleCase("vịêt", "việt"),
        StyleCase("chuỵên", "chuyện"),
        StyleCase("cúôi", "cuối"),
        StyleCase("rựơu", "rượu"),
        StyleCase("họăc", "hoặc"),
        StyleCase("tùân", "tuần"),
        StyleCase("cưú", "cứu"),
        StyleCase("khúây", "khuấy"),
        StyleCase("mâý", "mấy"),
        StyleCase("nêú", "nếu"),
        StyleCase("tôí", "tối"),
        StyleCase("mơí", "mới"),
        StyleCase("gưỉ", "gửi"),
        StyleCase("híêu", "hiếu"),
    ]

    /// The u of qu and the i of gi belong to the consonant.
    static let quGi: [StyleCase] = [
        StyleCase.unchanged("quý"),
        StyleCase("qúy", "quý"),
        StyleCase.unchanged("quỹ"),
        StyleCase("qũy", "quỹ"),
        StyleCase.unchanged("quà"),
        StyleCase("qùa", "quà"),
        StyleCase("qủa", "quả"),
        StyleCase("qúai", "quái"),
        StyleCase("quaí", "quái"),
        StyleCase("qủan", "quản"),
        StyleCase("qúôc", "quốc"),
        StyleCase("qúyêt", "quyết"),
        StyleCase("qùynh", "quỳnh"),
        StyleCase.unchanged("già"),
        StyleCase("gìa", "già"),
        StyleCase("gía", "giá"),
        StyleCase("gỉa", "giả"),
        StyleCase.unchanged("giữ"),
        StyleCase("gĩư", "giữ"),
        StyleCase("gíup", "giúp"),
        StyleCase("gĩưa", "giữa"),
        StyleCase("gỉoi", "giỏi"),
        StyleCase("gíao", "giáo"),
        StyleCase("gìau", "giàu"),
        StyleCase("gìương", "giường"),
        StyleCase.unchanged("gìn"),
        StyleCase.unchanged("gì"),
        StyleCase.unchanged("gìn giữ"),
    ]

    /// ia, ua, ưa (no final consonant) take the tone on the first vowel.
    static let iaUaUa: [StyleCase] = [
        StyleCase.unchanged("mía"),
        StyleCase("miá", "mía"),
        StyleCase("kià", "kìa"),
        StyleCase("tiả", "tỉa"),
        StyleCase("điạ", "địa"),
        StyleCase.unchanged("mùa"),
        StyleCase("muà", "mùa"),
        StyleCase("cuả", "của"),
        StyleCase("chuà", "chùa"),
        StyleCase("luá", "lúa"),
        StyleCase.unchanged("mưa"),
        StyleCase("lưả", "lửa"),
        StyleCase("bưã", "bữa"),
        StyleCase("cưả", "cửa"),
    ]

    /// Three-vowel groups take the tone on the middle vowel, in both styles.
    static let threeVowels: [StyleCase] = [
        StyleCase.unchanged("ngoài"),
        StyleCase("ngòai", "ngoài"),
        StyleCase("ngoaì", "ngoài"),
        StyleCase.unchanged("khuỷu"),
        StyleCase("khủyu", "khuỷu"),
        StyleCase("khuyủ", "khuỷu"),
        StyleCase.unchanged("ngoáy"),
        StyleCase("ngóay", "ngoáy"),
        StyleCase("ngoaý", "ngoáy"),
        StyleCase("xóay", "xoáy"),
        StyleCase("lọai", "loại"),
        StyleCase("khóai", "khoái"),
        StyleCase("hòai", "hoài"),
        StyleCase("ngọeo", "ngoẹo"),
    ]

    /// Other two-vowel groups with no final consonant take it on the first vowel.
    static let fallingDiphthongs: [StyleCase] = [
        StyleCase("taì", "tài"),
        StyleCase("maý", "máy"),
        StyleCase("saó", "sáo"),
        StyleCase("saú", "sáu"),
        StyleCase("keó", "kéo"),
        StyleCase("chiụ", "chịu"),
        StyleCase("noí", "nói"),
        StyleCase("hoỉ", "hỏi"),
        StyleCase("tuí", "túi"),
    ]

    /// Words with no tone, with two tones, or that are not Vietnamese syllables are left alone.
    static let leftAlone: [StyleCase] = [
        .unchanged("hoa"), .unchanged("khoe"), .unchanged("thuy"), .unchanged("quy"), .unchanged("gia"),
        .unchanged("Hoa Kỳ"),
        .unchanged("hóà"), .unchanged("ngừới"), .unchanged("víệt"), .unchanged("qúý"),
        .unchanged("café"), .unchanged("Café"), .unchanged("CAFÉ"), .unchanged("résumé"),
        .unchanged("José"), .unchanged("Hélène"), .unchanged("Pokémon"), .unchanged("São Paulo"),
        .unchanged("Côte d'Ivoire"), .unchanged("Zoë"),
        .unchanged("Thongsalith"), .unchanged("Thongsalith Mangnomek"), .unchanged("Thongloun Sisoulith"),
        .unchanged("Prime Minister"), .unchanged("Vietnam"),
        .unchanged("là"), .unchanged("Hà"), .unchanged("ở"), .unchanged("Nguyễn"), .unchanged("NGUYỄN"),
    ]

    /// Upper and title case are placed like lower case, keeping the case of every letter.
    static let upperAndTitle: [StyleCase] = [
        StyleCase("HÒA", old: "HÒA", new: "HOÀ"),
        StyleCase("HOÀ", old: "HÒA", new: "HOÀ"),
        StyleCase("THỦY", old: "THỦY", new: "THUỶ"),
        StyleCase("THUỶ", old: "THỦY", new: "THUỶ"),
        StyleCase("KHỎE", old: "KHỎE", new: "KHOẺ"),
        StyleCase("KHOẺ", old: "KHỎE", new: "KHOẺ"),
        StyleCase("Hòa", old: "Hòa", new: "Hoà"),
        StyleCase("Hoà", old: "Hòa", new: "Hoà"),
        StyleCase("Thủy", old: "Thủy", new: "Thuỷ"),
        StyleCase("Khỏe", old: "Khỏe", new: "Khoẻ"),
        StyleCase("Ủy ban", old: "Ủy ban", new: "Uỷ ban"),
        StyleCase("ỦY BAN", old: "ỦY BAN", new: "UỶ BAN"),
        StyleCase("KHÓA XV", old: "KHÓA XV", new: "KHOÁ XV"),
        StyleCase("THANH HÓA", old: "THANH HÓA", new: "THANH HOÁ"),
        StyleCase("HÒAN", "HOÀN"),
        StyleCase("Hòan", "Hoàn"),
        StyleCase("QÚY", "QUÝ"),
        StyleCase("Qúy", "Quý"),
        StyleCase("GÌA", "GIÀ"),
        StyleCase("Gìa", "Già"),
        StyleCase("NGỪƠI", "NGƯỜI"),
        StyleCase("Ngừơi", "Người"),
        StyleCase("VỊÊT NAM", "VIỆT NAM"),
        StyleCase("Vịêt Nam", "Việt Nam"),
        StyleCase("NGÒAI", "NGOÀI"),
        StyleCase("MUÀ", "MÙA"),
        StyleCase("KHỦYU", "KHUỶU"),
        StyleCase("ĐÒAN", "ĐOÀN"),
        StyleCase("Đòan", "Đoàn"),
        StyleCase.unchanged("HUỲNH"),
        StyleCase.unchanged("Huỳnh"),
    ]

    /// Punctuation around a word does not stop placement, and is kept.
    static let withPunctuation: [StyleCase] = [
        StyleCase("(hòa),", old: "(hòa),", new: "(hoà),"),
        StyleCase("Hòa.", old: "Hòa.", new: "Hoà."),
        StyleCase("khỏe!", old: "khỏe!", new: "khoẻ!"),
        StyleCase("thủy/điện", old: "thủy/điện", new: "thuỷ/điện"),
        StyleCase("“Thủy”", old: "\"Thủy\"", new: "\"Thuỷ\""),
        StyleCase("Ngòai ra,", "Ngoài ra,"),
        StyleCase("hòa  bình\n", old: "hòa  bình\n", new: "hoà  bình\n"),
    ]

    @Test("oa, oe, uy with no final consonant follow the chosen style", arguments: openOaOeUy)
    func openOaOeUyFollowsStyle(_ c: StyleCase) { check(c) }

    @Test("in a closed syllable the tone goes on the last vowel", arguments: closed)
    func closedSyllableTakesToneOnLastVowel(_ c: StyleCase) { check(c) }

    @Test("the (last) vowel with a shape mark takes the tone", arguments: shaped)
    func shapedVowelTakesTone(_ c: StyleCase) { check(c) }

    @Test("the u of qu and the i of gi belong to the consonant", arguments: quGi)
    func quAndGiBelongToConsonant(_ c: StyleCase) { check(c) }

    @Test("ia, ua, ưa take the tone on the first vowel", arguments: iaUaUa)
    func iaUaUaTakeToneOnFirstVowel(_ c: StyleCase) { check(c) }

    @Test("three-vowel groups take the tone on the middle vowel", arguments: threeVowels)
    func threeVowelGroupTakesToneOnMiddle(_ c: StyleCase) { check(c) }

    @Test("other open two-vowel groups take the tone on the first vowel", arguments: fallingDiphthongs)
    func fallingDiphthongTakesToneOnFirst(_ c: StyleCase) { check(c) }

    @Test("words without a tone, with two tones, or not Vietnamese are left unchanged", arguments: leftAlone)
    func nonCandidatesAreUnchanged(_ c: StyleCase) { check(c) }

    @Test("upper and title case are placed the same way and keep their case", arguments: upperAndTitle)
    func upperAndTitleCase(_ c: StyleCase) { check(c) }

    @Test("punctuation and spacing around a word are kept", arguments: withPunctuation)
    func punctuationIsKept(_ c: StyleCase) { check(c) }

    /// Every lower-case word case above, upper-cased and title-cased (expectations derived by case
    /// mapping the hand-written expectations).
    static let lowerCaseWords: [StyleCase] =
        openOaOeUy + closed + shaped + quGi + iaUaUa + threeVowels + fallingDiphthongs

    @Test("placement does not depend on case: UPPER CASE", arguments: lowerCaseWords)
    func upperCaseVariant(_ c: StyleCase) { check(c.uppercased) }

    @Test("placement does not depend on case: Title case", arguments: lowerCaseWords)
    func titleCaseVariant(_ c: StyleCase) { check(c.titlecased) }

    @Test("the default style is the old one")
    func defaultStyleIsOld() {
        #expect(Normalizer().style == .old)
        expectScalars(Normalizer().normalize("Hoà bình, thuỷ lợi, khoẻ mạnh"), "Hòa bình, thủy lợi, khỏe mạnh")
    }

    @Test("normalizeWord places the tone of a single word", arguments: ToneStyle.allCases)
    func normalizeWord(_ style: ToneStyle) {
        expectScalars(normalizer(style).normalizeWord("hòan"), "hoàn")
        expectScalars(normalizer(style).normalizeWord("thủy"), style == .old ? "thủy" : "thuỷ")
    }

    @Test("the report counts moved tone marks")
    func reportCountsMovedMarks() {
        let old = oldStyle.normalizeReporting("hòan toàn hoà bình")
        expectScalars(old.text, "hoàn toàn hòa bình")
        #expect(old.report.toneMarksMoved == 2)
        let new = newStyle.normalizeReporting("hòa bình")
        expectScalars(new.text, "hoà bình")
        #expect(new.report.toneMarksMoved == 1)
        #expect(oldStyle.normalizeReporting("hòa bình").report.isEmpty)
    }
}
