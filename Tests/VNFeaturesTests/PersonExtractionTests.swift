import Testing
import VNCorpus
import VNText
@testable import VNFeatures

@Suite("People")
struct PersonExtractionTests {
    static func people(_ text: String, _ language: Language) -> [PersonFeature] {
        FeatureExtractor.extract(Article(id: "t", language: language, text: Normalizer().normalize(text))).people
    }

    @Test("A Vietnamese name with and without diacritics shares one key", arguments: [
        ("General Secretary Tô Lâm met the delegation in Hà Nội on Friday.", "tolam"),
        ("General Secretary To Lam met the delegation in Hanoi on Friday.", "tolam"),
        ("Party chief Nguyen Phu Trong met the delegation in Hanoi.", "nguyenphutrong"),
        ("Tổng Bí thư Nguyễn Phú Trọng tiếp đoàn đại biểu tại Hà Nội.", "nguyenphutrong"),
    ])
    func keys(text: String, key: String) {
        let language: Language = text.contains("Tổng") ? .vietnamese : .english
        #expect(Self.people(text, language).map { NameKeys.compact($0.key) }.contains(key))
    }

    @Test("A Hán-Việt name meets its pinyin form", arguments: [
        ("Chủ tịch Trung Quốc Tập Cận Bình đã hội đàm với đoàn.", "xijinping"),
        ("Thủ tướng Trung Quốc Lý Cường đã tiếp đoàn.", "liqiang"),
        ("Bộ trưởng Ngoại giao Vương Nghị đã điện đàm với đoàn.", "wangyi"),
    ])
    func hanViet(text: String, pinyin: String) {
        let keys = Self.people(text, .vietnamese).flatMap(\.allKeys).map(NameKeys.compact)
        #expect(keys.contains(pinyin))
    }

    @Test("Titles, places and organisations are not people", arguments: [
        "The Politburo of the Communist Party of Vietnam met in Hanoi on Friday.",
        "The National Assembly Standing Committee opened its session in Ho Chi Minh City.",
    ])
    func notPeople(text: String) {
        #expect(Self.people(text, .english).isEmpty)
    }

    @Test("A role stated before or after the name is kept")
    func roles() {
        let people = Self.people("Tổng Bí thư Nguyễn Phú Trọng tiếp đồng chí Lê Minh Hưng - Bí thư T.Ư Đảng, Chánh Văn phòng T.Ư.", .vietnamese)
        #expect(people.first { $0.name == "Nguyễn Phú Trọng" }?.role == "general-secretary")
        #expect(people.first { $0.name == "Lê Minh Hưng" }?.roles.isEmpty == false)
    }

    @Test("A hyphenated phonetic spelling is a foreign name with a phonetic key")
    func phonetic() {
        let people = Self.people("Tổng thống Nga Pu-tin đã gửi điện mừng tới lãnh đạo Việt Nam.", .vietnamese)
        #expect(people.contains { $0.altKeys.contains(NameKeys.phonetic("Putin")) })
    }
}
