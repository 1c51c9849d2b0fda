import Testing
@testable import VNText

/// Rule 4: the matching key is lower case with no diacritics, `đ` -> `d`, other Latin letters
/// through ICU `Latin-ASCII`, spaces/quotes/dashes unified, zero-width characters removed; it
/// works on NFD input too.
@Suite("Rule 4: matching key")
struct MatchingKeyTests {
    static let keys: [NormCase] = [
        // Vietnamese, NFC.
        NormCase("Đà Nẵng", "da nang"),
        NormCase("Nguyễn Phú Trọng", "nguyen phu trong"),
        NormCase("HÀ NỘI", "ha noi"),
        NormCase("Hà Nội", "ha noi"),
        NormCase("Ha Noi", "ha noi"),
        NormCase("Tô Lâm", "to lam"),
        NormCase("Thủ tướng", "thu tuong"),
        NormCase("Quốc hội khóa XV", "quoc hoi khoa xv"),
        NormCase("Quốc hội khoá XV", "quoc hoi khoa xv"),
        NormCase("ĐẠI HỘI ĐẢNG", "dai hoi dang"),
        NormCase("Đặng Thị Ngọc Thịnh", "dang thi ngoc thinh"),
        NormCase("đường", "duong"),
        NormCase("Thủy", "thuy"),
        NormCase("Thuỷ", "thuy"),
        NormCase("hòan", "hoan"),
        NormCase("Huỳnh Thúy Hằng", "huynh thuy hang"),
        NormCase("Tập Cận Bình", "tap can binh"),
        NormCase("Việt Nam", "viet nam"),
        NormCase("ngày 20/3", "ngay 20/3"),
        NormCase("1.234,5 tỷ đồng", "1.234,5 ty dong"),
        // NFD and partly decomposed input.
        NormCase("\u{0110}a\u{0300} Na\u{0306}\u{0303}ng", "da nang"),
        NormCase("Vie\u{0323}\u{0302}t Nam", "viet nam"),
        NormCase("NGUYE\u{0302}\u{0303}N PHU\u{0301} TRO\u{0323}NG", "nguyen phu trong"),
        NormCase("ngu\u{031B}o\u{031B}\u{0300}i", "nguoi"),
        NormCase("Nguy\u{00EA}\u{0303}n", "nguyen"),
        // Lookalikes of Đ.
        NormCase("\u{00D0}à Nẵng", "da nang"),
        NormCase("\u{0189}ại hội", "dai hoi"),
        NormCase("\u{00F0}ường", "duong"),
        // Other Latin letters through Latin-ASCII.
        NormCase("Straße", "strasse"),
        NormCase("ß", "ss"),
        NormCase("æ", "ae"),
        NormCase("Æ", "ae"),
        NormCase("ø", "o"),
        NormCase("Øresund", "oresund"),
        NormCase("Łódź", "lodz"),
        NormCase("Œuvre", "oeuvre"),
        NormCase("Þórður", "thordur"),
        NormCase("café", "cafe"),
        NormCase("Ångström", "angstrom"),
        NormCase("São Paulo", "sao paulo"),
        // Spaces, quotes, dashes unified; zero-width removed; line breaks kept.
        NormCase("Hà\u{00A0}Nội", "ha noi"),
        NormCase("Hà\u{3000}Nội", "ha noi"),
        NormCase("Hà\u{202F}Nội", "ha noi"),
        NormCase("“Đổi mới”", "\"doi moi\""),
        NormCase("‘Hà Nội’", "'ha noi'"),
        NormCase("«Hà Nội»", "\"ha noi\""),
        NormCase("2021–2025", "2021-2025"),
        NormCase("HÀ NỘI — Thủ tướng", "ha noi - thu tuong"),
        NormCase("Pu‑tin", "pu-tin"),
        NormCase("Việt\u{200B}Nam", "vietnam"),
        NormCase("\u{FEFF}Hà Nội", "ha noi"),
        NormCase("Hà\u{2060} Nội\u{200D}", "ha noi"),
        NormCase("Hà Nội\nViệt Nam", "ha noi\nviet nam"),
        NormCase("", ""),
    ]

    @Test("the key is lower case, without diacritics, with unified punctuation", arguments: keys)
    func key(_ c: NormCase) {
        expectScalars(MatchingKey.of(c.input), c.expected, "key of \(shown(c.input))")
    }

    @Test("the key of a substring is the key of the same text", arguments: keys)
    func substringKey(_ c: NormCase) {
        let padded = "x " + c.input + " y"
        let sub = padded.dropFirst(2).dropLast(2)
        expectScalars(MatchingKey.of(sub), c.expected, "key of substring \(shown(String(sub)))")
    }

    static let samePlace: [(String, String)] = [
        ("Đà Nẵng", "Da Nang"),
        ("Đà Nẵng", "DA NANG"),
        ("hòa bình", "hoà bình"),
        ("thủy điện", "thuỷ điện"),
        ("hòan toàn", "hoàn toàn"),
        ("Vie\u{0323}\u{0302}t Nam", "Việt Nam"),
        ("\u{00D0}ại hội", "Đại hội"),
        ("Hà\u{00A0}Nội", "Hà Nội"),
    ]

    @Test("spellings differing only in marks, tone placement, composition or case share a key",
          arguments: samePlace)
    func spellingsShareKey(_ a: String, _ b: String) {
        expectScalars(MatchingKey.of(a), MatchingKey.of(b), "keys of \(shown(a)) and \(shown(b))")
    }
}

extension MatchingKeyTests {
    /// A text in NFD and the same text in NFC.
    static let nfdAndNFC: [(String, String)] = [
        ("Vie\u{0323}\u{0302}t Nam", "Việt Nam"),
        ("\u{0110}a\u{0300} Na\u{0306}\u{0303}ng", "Đà Nẵng"),
        ("NGU\u{031B}O\u{031B}\u{0300}I", "NGƯỜI"),
        ("A\u{030A}ngstro\u{0308}m", "Ångström"),
        // Non-letters with a canonical decomposition.
        ("a =\u{0338} b", "a \u{2260} b"),  // ≠
        ("\u{00A8}\u{0300}", "\u{1FED}"),  // Greek dialytika and varia
    ]

    @Test("the key of NFD input is the key of its NFC form", arguments: nfdAndNFC)
    func nfdKeyEqualsNFCKey(_ nfd: String, _ nfc: String) {
        expectScalars(MatchingKey.of(nfd), MatchingKey.of(nfc), "keys of \(shown(nfd)) and \(shown(nfc))")
    }
}
