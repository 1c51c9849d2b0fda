import Foundation
import Testing
import VNCorpus
import VNFeatures
import VNText
@testable import VNAlignment

/// Reports of one day that share actors or background but not the event: the conflicts that tell
/// them apart, and the evidence that removes each conflict.
@Suite("Conflicts between reports of the same day")
struct ConflictTests {
    static func evidence(_ id: String, _ language: Language, _ date: String, _ text: String) -> ArticleEvidence {
        let article = Article(id: id, language: language, text: Normalizer().normalize(text), date: CalendarDate(iso: date))
        return ArticleEvidence(FeatureExtractor.extract(article))
    }

    static func score(_ en: ArticleEvidence, _ vi: ArticleEvidence) -> PairScore {
        PairScorer(options: AlignmentOptions(), corpus: [en, vi]).score(en: en, vi: vi)
    }

    static let haNamInvestment = evidence("en-1", .english, "2022-03-30", """
        HA NAM, March 30 (Reuters) - Masan Group received an investment certificate for a project worth \
        $1.7 billion in Ha Nam on March 30, the provincial government said. The Southeast Asian nation \
        of about 100 million people is a member of the Association of Southeast Asian Nations.
        """)
    static let dongNaiStorm = evidence("vi-1", .vietnamese, "2022-03-30", """
        Đồng Nai (TTXVN) - Ngày 30/3/2022, bão số 5 đã đổ bộ vào Đồng Nai, làm 20 người chết và 6.830 \
        người phải sơ tán. Với khoảng 100 triệu dân, Việt Nam là thành viên tích cực của Hiệp hội các \
        quốc gia Đông Nam Á.
        """)

    @Test("Leads in provinces that the other report never names are a place conflict")
    func placeConflict() {
        let score = Self.score(Self.haNamInvestment, Self.dongNaiStorm)
        let place = score.conflicts.first { $0.type == .place }
        #expect(place != nil)
        #expect(place?.reason.contains("Hà Nam") == true && place?.reason.contains("Đồng Nai") == true)
        #expect(score.conflicts.contains { $0.penalty > 0 })
    }

    @Test("A lead province named anywhere in the other report is no place conflict")
    func placeNamedByTheOther() {
        let storm = Self.evidence("vi-2", .vietnamese, "2022-03-30", """
            Đồng Nai (TTXVN) - Ngày 30/3/2022, bão số 5 đã đổ bộ vào Đồng Nai. Mưa lớn cũng gây ngập \
            nhiều tuyến đường ở Hà Nam.
            """)
        #expect(!Self.score(Self.haNamInvestment, storm).conflicts.contains { $0.type == .place })
    }

    @Test("Sharing only the day and background is uncorroborated")
    func uncorroborated() {
        let score = Self.score(Self.haNamInvestment, Self.dongNaiStorm)
        #expect(score.shared.contains { $0.type == "day" })
        #expect(score.conflicts.contains { $0.type == .uncorroborated })
    }

    @Test("A shared figure corroborates the day")
    func corroboratedByAFigure() {
        let licence = Self.evidence("vi-3", .vietnamese, "2022-03-30", """
            Hà Nam - Ngày 30/3/2022, UBND tỉnh Hà Nam đã trao giấy chứng nhận đầu tư cho dự án của \
            Masan với tổng vốn 1,7 tỷ USD.
            """)
        let score = Self.score(Self.haNamInvestment, licence)
        #expect(score.shared.contains { $0.type == "number" })
        #expect(!score.conflicts.contains { $0.type == .uncorroborated })
        #expect(!score.conflicts.contains { $0.type == .place })
    }

    @Test("What corroborates: people, bodies, figures, provinces, companies; not dates, countries, international bodies")
    func corroboratingKeys() {
        #expect(ArticleEvidence.corroborates("p:phamminhchinh", type: .person))
        #expect(ArticleEvidence.corroborates("l:lao-cai", type: .place))
        #expect(ArticleEvidence.corroborates("l:ha-noi", type: .place))
        #expect(!ArticleEvidence.corroborates("l:vn", type: .place))
        #expect(!ArticleEvidence.corroborates("o:asean", type: .organization))
        #expect(!ArticleEvidence.corroborates("o:world-bank", type: .organization))
        #expect(!ArticleEvidence.corroborates("d:2024-09-11", type: .day))
        #expect(!ArticleEvidence.corroborates("l:no-such-place", type: .place))
    }

    @Test("An ambassador received by the same leader the same day is a different counterpart")
    func ambassadorIsACounterpart() {
        let president = Self.evidence("en-4", .english, "2022-03-31", """
            HA NOI, March 31 (Reuters) - Prime Minister Pham Minh Chinh received Spain's President Pedro \
            Sanchez in Ha Noi on March 31 and the two discussed trade. Chinh thanked Sanchez for the \
            support Spain had given to Viet Nam.
            """)
        let ambassador = Self.evidence("vi-4", .vietnamese, "2022-03-31", """
            Hà Nội - Ngày 31/3/2022, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Đức Wolfgang \
            Schmidt. Thủ tướng Chính đề nghị Đức mở cửa hơn nữa cho nông sản Việt Nam. Đại sứ Schmidt \
            khẳng định Đức coi trọng quan hệ với Việt Nam.
            """)
        #expect(ambassador.counterpart != nil)
        let score = Self.score(president, ambassador)
        #expect(score.shared.contains { $0.type == "person" })
        let conflict = score.conflicts.first { $0.type == .principal }
        #expect(conflict?.reason.contains("Schmidt") == true)
    }
}
