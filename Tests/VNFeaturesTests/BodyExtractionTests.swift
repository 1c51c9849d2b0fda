import Testing
import VNCorpus
import VNText
@testable import VNFeatures

@Suite("Numbered bodies")
struct BodyExtractionTests {
    static func bodies(_ text: String, _ language: Language) -> Set<String> {
        Set(FeatureExtractor.extract(Article(id: "t", language: language, text: Normalizer().normalize(text))).bodies.map(\.identity))
    }

    @Test("English forms", arguments: [
        ("Delegates gathered for the 14th National Party Congress of the Communist Party of Vietnam.", "party-congress:cpv:14"),
        ("Laos held the 11th LPRP Congress in Vientiane.", "party-congress:lprp:11"),
        ("Members of the 13th-tenure Party Central Committee of Vietnam met.", "central-committee:cpv:13"),
        ("The 8th session of the 15th National Assembly opened in Hanoi.", "assembly-session:vn-na:8"),
        ("The 8th session of the 15th National Assembly opened in Hanoi.", "national-assembly:vn-na:15"),
        ("Leaders attended the 47th ASEAN Summit in Kuala Lumpur.", "summit:asean:47"),
        ("Vietnam won gold at the 33rd SEA Games in Thailand.", "games:sea-games:33"),
        ("Leaders attended the 44th and 45th ASEAN Summits in Vientiane.", "summit:asean:44"),
    ])
    func english(text: String, identity: String) {
        #expect(Self.bodies(text, .english).contains(identity))
    }

    @Test("Vietnamese forms, Roman and Arabic", arguments: [
        ("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng Cộng sản Việt Nam khai mạc tại Hà Nội.", "party-congress:cpv:14"),
        ("Việt Nam đang chuẩn bị cho Đại hội Đảng lần thứ 14.", "party-congress:cpv:14"),
        ("Kỳ họp thứ 8, Quốc hội khóa XV bế mạc tại Hà Nội.", "assembly-session:vn-na:8"),
        ("Kỳ họp thứ 8, Quốc hội khóa XV bế mạc tại Hà Nội.", "national-assembly:vn-na:15"),
        ("Hội nghị Trung ương 8 khóa XIII của Đảng Cộng sản Việt Nam đã bế mạc.", "plenum:cpv:8"),
        ("Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 47 tại Malaysia.", "summit:asean:47"),
    ])
    func vietnamese(text: String, identity: String) {
        #expect(Self.bodies(text, .vietnamese).contains(identity))
    }

    @Test("Whose congress: the CPV's 13th and the LPRP's 11th side by side")
    func owners() {
        let text = "Lào đã đạt được nhiều thành tựu sau hai năm thực hiện Nghị quyết Đại hội lần thứ XI của Đảng. Nhân dân Việt Nam sẽ thực hiện thắng lợi Nghị quyết Đại hội XIII."
        let found = Self.bodies(text, .vietnamese)
        #expect(found.contains("party-congress:lprp:11"))
        #expect(found.contains("party-congress:cpv:13"))
    }

    @Test("Roman numerals", arguments: [("XIV", 14), ("XIII", 13), ("IX", 9), ("XL", 40)])
    func roman(text: String, value: Int) {
        #expect(Numerals.roman(text) == value)
    }

    @Test("Malformed Roman numerals are not numbers", arguments: ["IIII", "VV", "IC", "ABC"])
    func notRoman(text: String) {
        #expect(Numerals.roman(text) == nil)
    }
}
