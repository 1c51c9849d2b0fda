import Foundation
import Testing
import VNTestSupport
import VNCorpus
import VNFeatures
@testable import VNNames
import VNReporting

/// The clustering and flagging rules on articles written for each rule, and the report's forms.
@Suite("Name consistency rules")
struct NameConsistencyTests {
    static let filler = " The two sides discussed trade, investment, education and the preparations for the next meeting of their joint committee in the coming months."

    static func report(_ articles: [(String, Language, String)], pairs: [(en: String, vi: String)] = []) -> NameReport {
        NameConsistency.check(articles.map { NameFixtures.article($0.0, $0.1, $0.2 + filler) }, pairs: pairs)
    }

    static func cluster(_ report: NameReport, _ spelling: String) -> String? {
        report.clusters.first { $0.variants.contains { $0.text == spelling } }?.id
    }

    @Test("Wire copy that drops every mark is a house style; a text that keeps marks is not", arguments: [
        ("HANOI - Party chief To Lam met the delegation in Hanoi on Friday.", false),
        ("HÀ NỘI — Party chief To Lam met the delegation in Hà Nội on Friday.", true),
    ])
    func houseStyle(_ english: String, _ flagged: Bool) {
        let report = Self.report([("en-1", .english, english), ("vi-1", .vietnamese, "Tổng Bí thư Tô Lâm tiếp đoàn đại biểu tại Hà Nội.")])
        #expect(report.flags.contains { $0.kind == .marks && $0.variant == "To Lam" } == flagged)
        #expect(Self.cluster(report, "To Lam") == Self.cluster(report, "Tô Lâm"))
    }

    @Test("A misspelling merges with evidence (same article, aligned pair, shared role), not without", arguments: [
        (true, false, true),    // one article
        (false, true, true),    // an aligned pair
        (false, false, false),  // two unrelated articles, no role: two names
    ])
    func misspellingEvidence(sameArticle: Bool, paired: Bool, merged: Bool) {
        let a = "Thongsalith Mangnomek, a Lao official, arrived in Hanoi on Friday."
        let b = "Thongsalith Mangnormek, a Lao visitor, left Hanoi on Sunday."
        let report = sameArticle
            ? Self.report([("en-1", .english, a + " " + b)])
            : Self.report([("en-1", .english, a), ("vi-1", .vietnamese, "Ông Thongsalith Mangnormek đã rời Hà Nội.")], pairs: paired ? [("en-1", "vi-1")] : [])
        #expect((Self.cluster(report, "Thongsalith Mangnomek") == Self.cluster(report, "Thongsalith Mangnormek")) == merged)
        // One against one, either spelling may be the misspelt one; the flag names one and measures it against the other.
        let flag = report.flags.first { $0.kind == .misspelling }
        #expect((flag != nil) == merged)
        if let flag { #expect(Set([flag.variant, flag.reference]) == ["Thongsalith Mangnomek", "Thongsalith Mangnormek"]) }
    }

    @Test("Vietnamese names one letter apart are two people, even in one article")
    func vietnameseOneLetter() {
        let report = Self.report([("vi-1", .vietnamese, "Bộ trưởng Nguyễn Văn Hùng và Phó Chủ tịch Nguyễn Văn Hưởng dự buổi làm việc tại Hà Nội.")])
        #expect(Self.cluster(report, "Nguyễn Văn Hùng") != nil)
        #expect(Self.cluster(report, "Nguyễn Văn Hùng") != Self.cluster(report, "Nguyễn Văn Hưởng"))
        #expect(report.flags.isEmpty)
    }

    @Test("A pinyin form close to an unmatched Hán-Việt reading in a pair is one person, flagged")
    func crossLanguage() {
        let report = Self.report([
            ("en-1", .english, "Deputy Prime Minister Nguyễn Văn Thắng received Liu Haitao, member of the Central Committee of the Communist Party of China, in Hà Nội on Thursday."),
            ("vi-1", .vietnamese, "Phó Thủ tướng Nguyễn Văn Thắng đã tiếp đồng chí Lưu Hải Tinh, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, tại Hà Nội."),
        ], pairs: [("en-1", "vi-1")])
        #expect(Self.cluster(report, "Liu Haitao") == Self.cluster(report, "Lưu Hải Tinh"))
        let flag = report.flags.first { $0.kind == .crossLanguage }
        #expect(flag?.variant == "Liu Haitao")
        #expect(flag?.reference == "Lưu Hải Tinh")
        #expect(flag?.articles == ["en-1", "vi-1"])
    }

    @Test("Outside an aligned pair the same two names stay apart")
    func crossLanguageNeedsPair() {
        let report = Self.report([
            ("en-1", .english, "Liu Haitao, member of the Central Committee of the Communist Party of China, arrived in Hà Nội on Thursday."),
            ("vi-1", .vietnamese, "Đồng chí Lưu Hải Tinh, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, đã tới Hà Nội."),
        ])
        #expect(Self.cluster(report, "Liu Haitao") != Self.cluster(report, "Lưu Hải Tinh"))
        #expect(report.flags.isEmpty)
    }

    @Test("The report is the same for any order of the articles")
    func deterministic() {
        let features = NameFixtures.features
        let pairs = NameFixtures.alignment.pairs.map { (en: $0.score.en, vi: $0.score.vi) }
        let lookalikes = LookalikeScanner.scan(features)
        let reference = NameConsistency.check(features, pairs: pairs, lookalikes: lookalikes)
        for seed in 1...3 {
            var generator = SeededRandom(seed: UInt64(seed))
            let shuffled = NameConsistency.check(features.shuffled(using: &generator), pairs: pairs.shuffled(using: &generator), lookalikes: lookalikes)
            #expect(shuffled == reference)
        }
        #expect(Set(reference.clusters.map(\.id)).count == reference.clusters.count)
    }

    @Test("JSON, CSV and text carry every person, spelling and flag")
    func renderings() throws {
        let report = NameFixtures.report
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let decoded = try JSONDecoder().decode(NameReport.self, from: encoder.encode(report))
        #expect(decoded == report)
        let csv = report.csv().split(separator: "\n")
        #expect(csv.first == "record,person,canonical,spelling,count,languages,articles,second_mention,flag,reference,evidence")
        #expect(csv.count == 1 + report.summary.variants + report.flags.count)
        let text = report.text()
        #expect(text.hasPrefix("\(report.summary.people) people"))
        for flag in report.flags { #expect(text.contains("[\(flag.kind.rawValue)] \(flag.canonical): \"\(flag.variant)\"")) }
        #expect(report.summary.flagsByKind == ["marks": 3, "misspelling": 1, "cross-language": 1, "confusable": 2])
    }
}

