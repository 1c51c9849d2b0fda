import Testing
@testable import VNText

/// Rule 3: lookalikes of Đ/đ (Ð U+00D0, Ɖ U+0189, ð U+00F0, ɖ U+0256) are repaired inside
/// Vietnamese syllables only; words mixing Latin with Cyrillic lookalikes are reported, not changed.
@Suite("Rule 3: lookalike letters and confusables")
struct LookalikeTests {
    static let repaired: [StyleCase] = [
        StyleCase("\u{00D0}à Nẵng", "Đà Nẵng"),
        StyleCase("\u{0189}à Nẵng", "Đà Nẵng"),
        StyleCase("\u{00D0}ại hội \u{00D0}ảng", "Đại hội Đảng"),
        StyleCase("\u{0189}ại hội", "Đại hội"),
        StyleCase("\u{00F0}ường", "đường"),
        StyleCase("\u{0256}ộc lập", "độc lập"),
        StyleCase("\u{00F0}ồng chí", "đồng chí"),
        StyleCase("\u{00D0}ẢNG", "ĐẢNG"),
        StyleCase("\u{00D0}À NẴNG", "ĐÀ NẴNG"),
        StyleCase("\u{0189}IỆN BIÊN PHỦ", "ĐIỆN BIÊN PHỦ"),
        StyleCase("\u{00D0}ặng", "Đặng"),
        StyleCase("\u{00D0}ỗ", "Đỗ"),
        StyleCase("\u{00D0}inh Tiến Dũng", "Đinh Tiến Dũng"),
        StyleCase("\u{00D0}ức", "Đức"),
        StyleCase("\u{00D0}ông Nam Á", "Đông Nam Á"),
        StyleCase("\u{0189}iện Biên Phủ", "Điện Biên Phủ"),
        StyleCase("\u{0256}ịa phương", "địa phương"),
        StyleCase("Thủ \u{00F0}ô", "Thủ đô"),
        // Lookalike and misplaced tone in one word.
        StyleCase("\u{00D0}òan", "Đoàn"),
        // Lookalike in a syllable whose tone depends on the style.
        StyleCase("\u{00F0}óa hoa", old: "đóa hoa", new: "đoá hoa"),
        // Lookalike in decomposed text.
        StyleCase("\u{00D0}a\u{0300} Na\u{0306}\u{0303}ng", "Đà Nẵng"),
        StyleCase("(\u{00D0}ảng),", "(Đảng),"),
    ]

    static let keptOutsideVietnamese: [StyleCase] = [
        .unchanged("\u{00D0}or\u{00F0}ur"),  // Icelandic Ðorður
        .unchanged("\u{00D0}OR\u{00D0}UR"),
        .unchanged("Gu\u{00F0}rún"),
        .unchanged("Gu\u{00F0}mundsson"),
        .unchanged("Ó\u{00F0}inn"),
        .unchanged("\u{00D0}or\u{00F0}ur Gu\u{00F0}mundsson"),
    ]

    @Test("Ð, Ɖ, ð, ɖ become Đ/đ where the result is a Vietnamese syllable", arguments: repaired)
    func lookalikeIsRepaired(_ c: StyleCase) { check(c) }

    @Test("Ð and ð outside Vietnamese syllables are kept", arguments: keptOutsideVietnamese)
    func lookalikeOutsideVietnameseIsKept(_ c: StyleCase) { check(c) }

    @Test("the report counts replaced lookalikes")
    func reportCountsLookalikes() {
        let (text, report) = oldStyle.normalizeReporting("\u{00D0}à Nẵng")
        expectScalars(text, "Đà Nẵng")
        #expect(report.lookalikesReplaced == 1)
        #expect(oldStyle.normalizeReporting("\u{00D0}ại hội \u{00D0}ảng").report.lookalikesReplaced == 2)
        #expect(oldStyle.normalizeReporting("\u{00D0}or\u{00F0}ur").report.lookalikesReplaced == 0)
    }

    /// A text with a mixed-script word, and the word as it must be reported.
    struct ConfusableCase: Sendable, CustomTestStringConvertible {
        let input: String
        let word: String
        let foreign: String
        var testDescription: String { "\(shown(input)) reports \(shown(word))" }
    }

    static let confusables: [ConfusableCase] = [
        ConfusableCase(input: "Vi\u{0435}t Nam", word: "Vi\u{0435}t", foreign: "U+0435"),  // Cyrillic е
        ConfusableCase(input: "V\u{0456}ệt Nam", word: "V\u{0456}ệt", foreign: "U+0456"),  // Cyrillic і
        ConfusableCase(input: "H\u{0430} Nội", word: "H\u{0430}", foreign: "U+0430"),  // Cyrillic а
        ConfusableCase(input: "Việt N\u{0430}m", word: "N\u{0430}m", foreign: "U+0430"),
        ConfusableCase(input: "T\u{043E}àn quốc", word: "T\u{043E}àn", foreign: "U+043E"),  // Cyrillic о
        ConfusableCase(input: "h\u{043E}à bình", word: "h\u{043E}à", foreign: "U+043E"),
        ConfusableCase(input: "VI\u{0415}T NAM", word: "VI\u{0415}T", foreign: "U+0415"),  // Cyrillic Е
        ConfusableCase(input: "Thủ đô V\u{0456}ệt Nam", word: "V\u{0456}ệt", foreign: "U+0456"),
    ]

    @Test("a Latin word with Cyrillic lookalikes is reported and left unchanged", arguments: confusables)
    func confusableIsReportedNotChanged(_ c: ConfusableCase) {
        for style in ToneStyle.allCases {
            let (text, report) = normalizer(style).normalizeReporting(c.input)
            expectScalars(text, c.input, "\(style) style")
            let words = report.confusables.map(\.word)
            #expect(
                words.contains { sameScalars($0, c.word) },
                "expected \(shown(c.word)) among reported words \(words.map(shown))")
            if let finding = report.confusables.first(where: { sameScalars($0.word, c.word) }) {
                #expect(finding.foreignLetters.contains { $0.contains(c.foreign) }, "\(finding.foreignLetters)")
            }
        }
    }

    @Test("the plain normalize leaves a mixed-script word unchanged too")
    func confusableUnchangedByNormalize() {
        expectScalars(oldStyle.normalize("V\u{0456}ệt Nam"), "V\u{0456}ệt Nam")
        expectScalars(newStyle.normalize("h\u{043E}à bình"), "h\u{043E}à bình")
    }

    @Test("a reported word's offset is its UTF-8 offset in the normalised text")
    func confusableOffsetIsInNormalisedText() {
        // "HÀ NỘI - " is 12 bytes once the em dash (3 bytes) has become "-".
        let (text, report) = oldStyle.normalizeReporting("HÀ NỘI — V\u{0456}ệt Nam")
        expectScalars(text, "HÀ NỘI - V\u{0456}ệt Nam")
        #expect(report.confusables.count == 1)
        #expect(report.confusables.first?.utf8Offset == 12)
        // "Thủ đô " is 11 bytes.
        let second = oldStyle.normalizeReporting("Thủ đô V\u{0456}ệt Nam").report
        #expect(second.confusables.first?.utf8Offset == 11)
    }

    static let notConfusable: [String] = [
        "Việt Nam",
        "Москва",  // all Cyrillic
        "Việt Nam và Москва",  // scripts in separate words
        "Tổng Bí thư Tô Lâm",
        "\u{00D0}or\u{00F0}ur",
        "Thongsalith Mangnomek",
    ]

    @Test("single-script words are not reported", arguments: notConfusable)
    func singleScriptWordsAreNotReported(_ input: String) {
        #expect(oldStyle.normalizeReporting(input).report.confusables.isEmpty)
    }
}
