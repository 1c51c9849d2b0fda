import Foundation
import Testing
import VNCorpus
import VNFeatures
import VNText
@testable import VNAlignment

/// The scoring model: its table, its fitting, and the conflicts of the event frame.
@Suite("Scoring model and event conflicts")
struct ScoringModelTests {
    static func evidence(_ id: String, _ language: Language, title: String? = nil, _ text: String) -> ArticleEvidence {
        ArticleEvidence(FeatureExtractor.extract(Article(id: id, language: language, text: Normalizer().normalize(text), title: title)))
    }

    static func score(_ en: ArticleEvidence, _ vi: ArticleEvidence) -> PairScore {
        PairScorer(options: AlignmentOptions(), corpus: [en, vi]).score(en: en, vi: vi)
    }

    @Test("The model table round-trips, and a missing weight is an error naming the file")
    func table() throws {
        let model = ScoringModel.bundled
        let again = try ScoringModel(tsv: model.tsv(), source: "x.tsv")
        #expect(again.bias == (model.bias * 10_000).rounded() / 10_000)
        let broken = model.tsv().split(separator: "\n").filter { !$0.hasPrefix("conflict\ttense") }.joined(separator: "\n")
        #expect(throws: ScoringModelError.self) { try ScoringModel(tsv: broken, source: "x.tsv") }
        do { _ = try ScoringModel(tsv: broken, source: "x.tsv") } catch { #expect("\(error)".contains("x.tsv") && "\(error)".contains("tense")) }
    }

    @Test("Fitting recovers the sign and order of known weights from labelled data")
    func fitting() {
        var set = ModelFitting.Examples()
        var state: UInt64 = 42
        func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let d = EvidenceKind.allCases.count + ConflictKind.allCases.count
        for _ in 0..<3000 {
            var x = [Double](repeating: 0, count: d)
            x[0] = uniform() * 2          // person evidence
            x[EvidenceKind.allCases.count] = uniform() < 0.3 ? 1 : 0   // role conflict
            let z = -2 + 3 * x[0] - 2.5 * x[EvidenceKind.allCases.count]
            set.inputs.append(x)
            set.labels.append(uniform() < 1 / (1 + exp(-z)))
            set.pairs.append(("e", "v"))
            set.numbers.append((set.numbers.count, set.numbers.count))
        }
        set.englishCount = set.numbers.count
        set.vietnameseCount = set.numbers.count
        let model = ModelFitting.fit(set, l2: 0.01, origin: "test")
        #expect(abs(model.weight(.person) - 3) < 0.5)
        #expect(abs(model.weight(.role) + 2.5) < 0.5)
        #expect(abs(model.bias + 2) < 0.5)
        var options = AlignmentOptions()
        options.model = model
        let calibration = ModelFitting.calibration(options: options, on: set)
        #expect(calibration.expectedCalibrationError < 0.05)
    }

    static let firstLeg = evidence("en-1", .english, title: "Vietnam beat Thailand in first leg of ASEAN Cup final", """
        PHU THO, Jan 2 - Vietnam beat Thailand 2-1 in the first leg of the ASEAN Cup final at Viet Tri \
        stadium on Thursday, with Nguyen Xuan Son scoring twice.
        """)

    @Test("First and second leg of one final are a stage conflict with its reason")
    func legs() {
        let secondLeg = Self.evidence("vi-1", .vietnamese, title: "Việt Nam vô địch sau trận lượt về", """
            Bangkok - Tối 5/1, tuyển Việt Nam thắng Thái Lan 3-2 ở trận chung kết lượt về ASEAN Cup, \
            Nguyễn Xuân Son ghi bàn.
            """)
        let score = Self.score(Self.firstLeg, secondLeg)
        let stage = score.conflicts.first { $0.type == .stage }
        #expect(stage?.reason.contains("first-leg") == true && stage?.reason.contains("second-leg") == true)
        #expect(score.conflicts.contains { $0.type == .quantity })   // 2-1 vs 3-2
    }

    @Test("The same leg and score share the quantity and raise no stage conflict")
    func sameLeg() {
        let same = Self.evidence("vi-2", .vietnamese, title: "Việt Nam thắng Thái Lan ở lượt đi", """
            Phú Thọ - Tối 2/1, tuyển Việt Nam thắng Thái Lan 2-1 ở trận chung kết lượt đi ASEAN Cup.
            """)
        let score = Self.score(Self.firstLeg, same)
        #expect(!score.conflicts.contains { $0.type == .stage || $0.type == .quantity })
        #expect(score.shared.contains { $0.kind == .quantity })
    }

    @Test("An announced visit and the talks held are a tense conflict")
    func announcedVsHeld() {
        let announced = Self.evidence("en-3", .english, title: "Prime Minister Chinh to visit Japan", "HANOI - Prime Minister Pham Minh Chinh will pay an official visit to Japan.")
        let held = Self.evidence("vi-3", .vietnamese, title: "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản", "Tokyo - Chiều 25/11, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nhật Bản.")
        #expect(Self.score(announced, held).conflicts.contains { $0.type == .tense })
    }
}
