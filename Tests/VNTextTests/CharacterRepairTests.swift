import Testing
@testable import VNText

/// Rule 1: CMS debris. Zero-width characters and stray BOMs are removed; no-break and other
/// spaces become a plain space; typographic quotes and dashes become ASCII; line breaks, tabs and
/// runs of spaces are kept as they are (no re-spacing).
@Suite("Rule 1: spaces, invisible characters, quotes, dashes, line breaks")
struct CharacterRepairTests {
    /// One code point and what it must become.
    struct CodePointCase: Sendable, CustomTestStringConvertible {
        let scalar: Unicode.Scalar
        let replacement: String
        var testDescription: String {
            "U+" + String(scalar.value, radix: 16, uppercase: true) + " -> " + escaped(replacement)
        }
        var string: String { String(Character(scalar)) }
    }

    static let oddSpaces: [CodePointCase] =
        ([0x00A0, 0x202F, 0x3000] + Array(0x2000...0x200A)).map {
            CodePointCase(scalar: Unicode.Scalar(UInt32($0))!, replacement: " ")
        }

    static let invisibles: [CodePointCase] = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF].map {
        CodePointCase(scalar: Unicode.Scalar(UInt32($0))!, replacement: "")
    }

    static let quotes: [CodePointCase] = [
        CodePointCase(scalar: "\u{2018}", replacement: "'"),  // ‘
        CodePointCase(scalar: "\u{2019}", replacement: "'"),  // ’
        CodePointCase(scalar: "\u{201A}", replacement: "'"),  // ‚
        CodePointCase(scalar: "\u{201C}", replacement: "\""),  // “
        CodePointCase(scalar: "\u{201D}", replacement: "\""),  // ”
        CodePointCase(scalar: "\u{201E}", replacement: "\""),  // „
        CodePointCase(scalar: "\u{00AB}", replacement: "\""),  // «
        CodePointCase(scalar: "\u{00BB}", replacement: "\""),  // »
    ]

    static let dashes: [CodePointCase] = [0x2010, 0x2011, 0x2013, 0x2014, 0x2015, 0x2212].map {
        CodePointCase(scalar: Unicode.Scalar(UInt32($0))!, replacement: "-")
    }

    @Test("no-break and other spaces between words become a plain space", arguments: oddSpaces)
    func oddSpaceBecomesPlainSpace(_ c: CodePointCase) {
        check(NormCase("Hà" + c.string + "Nội", "Hà Nội"))
        check(NormCase("Ngày" + c.string + "20/3", "Ngày 20/3"))
    }

    @Test("zero-width characters and BOMs are removed, not replaced by a space", arguments: invisibles)
    func invisibleIsRemoved(_ c: CodePointCase) {
        check(NormCase("Việt" + c.string + "Nam", "ViệtNam"))
        check(NormCase(c.string + "Hà Nội", "Hà Nội"))
        check(NormCase("Hà Nội" + c.string, "Hà Nội"))
        check(NormCase("Vi" + c.string + "ệt Nam", "Việt Nam"))
    }

    @Test("typographic quotes become ASCII quotes", arguments: quotes)
    func quoteIsUnified(_ c: CodePointCase) {
        check(NormCase(c.string + "Đổi mới" + c.string, c.replacement + "Đổi mới" + c.replacement))
    }

    @Test("typographic dashes and the minus sign become a hyphen-minus", arguments: dashes)
    func dashIsUnified(_ c: CodePointCase) {
        check(NormCase("2021" + c.string + "2025", "2021-2025"))
        check(NormCase("HÀ NỘI " + c.string + " Thủ tướng", "HÀ NỘI - Thủ tướng"))
    }

    static let texts: [NormCase] = [
        // Quotes in context.
        NormCase("“Đổi mới”", "\"Đổi mới\""),
        NormCase("‘Hà Nội’", "'Hà Nội'"),
        NormCase("‚Hà Nội‘", "'Hà Nội'"),
        NormCase("„Việt Nam“", "\"Việt Nam\""),
        NormCase("«Hà Nội»", "\"Hà Nội\""),
        NormCase("Vietnam’s Prime Minister", "Vietnam's Prime Minister"),
        NormCase("Ông nói: “Chúng tôi sẵn sàng”.", "Ông nói: \"Chúng tôi sẵn sàng\"."),
        // Dashes in context.
        NormCase("HÀ NỘI — Thủ tướng", "HÀ NỘI - Thủ tướng"),
        NormCase("Xi‐xu‐lít", "Xi-xu-lít"),
        NormCase("Pu‑tin", "Pu-tin"),
        NormCase("giai đoạn 2021–2025", "giai đoạn 2021-2025"),
        NormCase("nhiệt độ −5 độ", "nhiệt độ -5 độ"),
        NormCase("― Hết ―", "- Hết -"),
        // Spaces and invisible characters in context; nothing is collapsed.
        NormCase("\u{FEFF}Hà Nội", "Hà Nội"),
        NormCase("Đại\u{200B} hội", "Đại hội"),
        NormCase("Hà \u{00A0}Nội", "Hà  Nội"),
        NormCase("10\u{202F}000 tỷ đồng", "10 000 tỷ đồng"),
        NormCase("Hà Nội\u{00A0}\n", "Hà Nội \n"),
        NormCase("Tô\u{00A0}Lâm\u{2060}", "Tô Lâm"),
        // Line breaks, tabs and runs of spaces are kept.
        NormCase("Hà Nội\nViệt Nam", "Hà Nội\nViệt Nam"),
        NormCase("Hà Nội\r\nViệt Nam", "Hà Nội\r\nViệt Nam"),
        NormCase("HÀ NỘI —\r\nThủ tướng\n\nphát biểu", "HÀ NỘI -\r\nThủ tướng\n\nphát biểu"),
        NormCase("Hà\tNội", "Hà\tNội"),
        NormCase("  Hà  Nội  ", "  Hà  Nội  "),
        NormCase("\n", "\n"),
        NormCase("", ""),
        // Plain ASCII is unchanged.
        NormCase("Vietnam's Prime Minister \"Pham\" - 2026", "Vietnam's Prime Minister \"Pham\" - 2026"),
    ]

    @Test("quotes, dashes, spaces and invisible characters are repaired in running text", arguments: texts)
    func repairsInText(_ c: NormCase) {
        check(c)
    }

    @Test("the report counts repaired characters by kind")
    func reportCountsRepairsByKind() {
        let input = "\u{FEFF}HÀ NỘI — Ông nói: “Việt\u{200B}Nam”\u{00A0}và 2021–2025"
        let (text, report) = oldStyle.normalizeReporting(input)
        expectScalars(text, "HÀ NỘI - Ông nói: \"ViệtNam\" và 2021-2025")
        #expect(report.charactersRepaired[.invisible] == 2)
        #expect(report.charactersRepaired[.dash] == 2)
        #expect(report.charactersRepaired[.quote] == 2)
        #expect(report.charactersRepaired[.space] == 1)
    }
}
