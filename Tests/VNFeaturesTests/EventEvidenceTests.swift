import Testing
import VNCorpus
import VNText
@testable import VNFeatures

/// The open-vocabulary evidence of real reports: names of things with their generic words set
/// aside, numbers with what they count, and the event frame of the headline and lead.
@Suite("Named things, quantities and the event frame")
struct EventEvidenceTests {
    static func features(_ language: Language, title: String? = nil, _ text: String) -> ArticleFeatures {
        FeatureExtractor.extract(Article(id: "a", language: language, text: Normalizer().normalize(text), title: title))
    }

    @Test("Typhoon Yagi and bão Yagi share the name Yagi; LEGO Group and tập đoàn LEGO share LEGO")
    func genericWordsSetAside() {
        let en = Self.features(.english, "HANOI (Reuters) - Super Typhoon Yagi hit the coast near the LEGO Group plant and Long Thanh International Airport.")
        let vi = Self.features(.vietnamese, "Hà Nội - Bão Yagi đổ bộ gần nhà máy của tập đoàn LEGO và sân bay Long Thành.")
        for key in ["yagi", "lego", "longthanh"] {
            #expect(en.things.contains { $0.key == key }, "\(key) in English")
            #expect(vi.things.contains { $0.key == key }, "\(key) in Vietnamese")
        }
    }

    @Test("A lone capitalised word opening a sentence is no name; an all-caps one is")
    func sentenceStarts() {
        let f = Self.features(.english, "Meanwhile the rain went on. FLC shares fell.")
        #expect(!f.things.contains { $0.key == "meanwhile" })
        #expect(f.things.contains { $0.key == "flc" })
    }

    @Test("Tolls are read with what they count, in both languages, before or after the number")
    func tolls() {
        let vi = Self.features(.vietnamese, "Bão làm 4 người chết, 78 người bị thương và 3 người mất tích.")
        let en = Self.features(.english, "The death toll rose to 59, with 78 injured and 3 missing.")
        #expect(vi.quantities.map { "\($0.measure) \(Int($0.value))" } == ["dead 4", "injured 78", "missing 3"])
        #expect(en.quantities.map { "\($0.measure) \(Int($0.value))" } == ["dead 59", "injured 78", "missing 3"])
    }

    @Test("Growth rates name their indicator; a score is stored larger side first")
    func indicatorsAndScores() {
        let vi = Self.features(.vietnamese, "GDP quý III tăng 5,33%. Việt Nam thắng Thái Lan 1-2 trên sân khách.")
        #expect(vi.quantities.contains { $0.measure == "gdp" && abs($0.value - 5.33) < 1e-9 })
        #expect(vi.quantities.contains { $0.measure == "score" && $0.value == 201 })
    }

    @Test("The headline tells the tense: an announced visit vs talks that were held")
    func tense() {
        let announced = Self.features(.english, title: "Prime Minister to pay official visit to Japan", "TOKYO - The visit starts on Monday.")
        let held = Self.features(.vietnamese, title: "Thủ tướng hội đàm với Thủ tướng Nhật Bản", "Tokyo - Chiều 25/11, hai Thủ tướng đã hội đàm.")
        #expect(announced.frame.tense == .announced)
        #expect(announced.frame.kinds.contains("visit"))
        #expect(held.frame.tense == .happened)
        #expect(held.frame.kinds.contains("talks"))
    }

    @Test("Exclusive stages belong to one group: first and second leg, opening and closing")
    func stageGroups() {
        let first = Self.features(.vietnamese, "Việt Nam thắng Thái Lan 2-1 ở trận chung kết lượt đi.")
        let second = Self.features(.english, "Vietnam won the second leg of the final 3-2.")
        #expect(first.frame.kinds.contains("first-leg") && second.frame.kinds.contains("second-leg"))
        #expect(EventLexicon.shared.group(of: "first-leg") == EventLexicon.shared.group(of: "second-leg"))
        #expect(EventLexicon.shared.group(of: "opens") == "session" && EventLexicon.shared.group(of: "closes") == "session")
        #expect(EventLexicon.shared.group(of: "visit") == nil)
    }
}
