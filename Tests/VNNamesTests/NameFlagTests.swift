import Testing
@testable import VNNames

/// The flags on the name fixtures against `Fixtures/names/expected.json`.
@Suite("Name flags on the fixtures")
struct NameFlagTests {
    static func key(_ f: NameFlag) -> NameFixtures.Expected.Flag {
        NameFixtures.Expected.Flag(kind: f.kind.rawValue, person: f.canonical, variant: f.variant, reference: f.reference)
    }

    @Test("Precision and recall of the flags")
    func precisionRecall() {
        let found = Set(NameFixtures.report.flags.map(Self.key))
        let expected = Set(NameFixtures.expected.flags)
        let score = Score(found: found, expected: expected)
        print("names flags: \(score)")
        for kind in NameFlag.Kind.allCases {
            let k = Score(found: found.filter { $0.kind == kind.rawValue }, expected: expected.filter { $0.kind == kind.rawValue })
            print("names flags \(kind.rawValue): \(k)")
        }
        #expect(score.precision == 1, "unexpected: \(found.subtracting(expected).map(\.description))")
        #expect(score.recall == 1, "missed: \(expected.subtracting(found).map(\.description))")
    }

    @Test("Each expected flag is raised with its evidence", arguments: [
        (NameFlag.Kind.marks, "Tô Lam", "only by its marks"),
        (.marks, "Pham Minh Chinh", "writes the person both as \"Phạm Minh Chính\" and as \"Pham Minh Chinh\""),
        (.marks, "Bui Thanh Son", "keeps them elsewhere"),
        (.misspelling, "Thongsalith Mangnormek", "1 edit from \"Thongsalith Mangnomek\""),
        (.crossLanguage, "Liu Haitao", "read liu hai xing in pinyin"),
        (.confusable, "Gan Kim Y\u{43E}ng", "non-Latin о U+043E"),
        (.confusable, "\u{D0}ặng Quốc Khánh", "Ð U+00D0"),
    ])
    func evidence(kind: NameFlag.Kind, variant: String, phrase: String) {
        let flag = NameFixtures.report.flags.first { $0.kind == kind && $0.variant == variant }
        #expect(flag != nil)
        #expect(flag?.evidence.contains(phrase) == true, "\(flag?.evidence ?? "no flag")")
        #expect(flag?.articles.isEmpty == false)
    }

    @Test("House styles are not flagged", arguments: [
        "To Lam",            // wire copy without any marks
        "Nguyen Chi Dung",
        "Dang Quoc Khanh",
        "Liu Haixing",       // matches the pinyin of Lưu Hải Tinh
        "Xi Jinping",
        "Thông-lun Xi-xu-lít", // an old phonetic spelling of Thongloun Sisoulith
        "Pu-tin",
    ])
    func notFlagged(_ variant: String) {
        #expect(!NameFixtures.report.flags.contains { $0.variant == variant })
    }
}
