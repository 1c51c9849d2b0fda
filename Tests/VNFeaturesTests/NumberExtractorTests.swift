import Testing
import VNCorpus
import VNText
@testable import VNFeatures

/// Specification of the number extractor: numbers are read with the separators of the article's
/// language and normalised (scale words applied, currencies and units named) so that the two
/// languages compare; dates, ordinals, times and numbers of names are not numbers.
@Suite("Number extractor")
struct NumberExtractorTests {
    struct Expected: Equatable, Sendable, CustomStringConvertible {
        let value: Double
        let unit: String?
        var description: String { "\(value) \(unit ?? "-")" }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let language: Language
        let expected: [Expected]
        var testDescription: String { "\(language.code): \(text) → \(expected)" }
    }

    static func vi(_ text: String, _ expected: (Double, String?)...) -> Case {
        Case(text: text, language: .vietnamese, expected: expected.map { Expected(value: $0.0, unit: $0.1) })
    }

    static func en(_ text: String, _ expected: (Double, String?)...) -> Case {
        Case(text: text, language: .english, expected: expected.map { Expected(value: $0.0, unit: $0.1) })
    }

    static func extract(_ text: String, _ language: Language) -> [NumberFeature] {
        let text = Normalizer().normalize(text)
        return NumberExtractor.extract(tokens: Tokenizer.tokenize(text), language: language, mentions: MentionBuilder(text: text))
    }

    static let amounts: [Case] = [
        vi("Tổng vốn đầu tư 10 tỷ USD.", (1e10, "USD")),
        en("Total investment is USD 10 billion.", (1e10, "USD")),
        en("Total investment is $10 billion.", (1e10, "USD")),
        en("Two-way trade topped US$120 billion.", (1.2e11, "USD")),
        vi("Dự án có tổng vốn 1.234,5 tỷ đồng.", (1.2345e12, "VND")),
        vi("Ngân sách dành 1,2 nghìn tỷ đồng cho dự án.", (1.2e12, "VND")),
        en("SMBC paid 35.9 trillion dong for the stake.", (3.59e13, "VND")),
        vi("Hà Nội nhận 50 triệu euro viện trợ.", (5e7, "EUR")),
        vi("Hai bên ký hợp đồng trị giá 3 tỷ nhân dân tệ.", (3e9, "CNY")),
        en("Japan pledged 20 billion yen in loans.", (2e10, "JPY")),
        vi("Giá mỗi cổ phiếu là 30.160 đồng.", (30160, "VND")),
    ]

    static let counts: [Case] = [
        vi("Dự án tạo việc làm cho 3 triệu người.", (3e6, "people")),
        vi("Trận lũ làm 15 người chết.", (15, "people")),
        en("The storm killed nearly 300 people.", (300, "people")),
        vi("Xuất khẩu 1.000 tấn gạo.", (1000, "tonnes")),
        en("Exports reached 4,200 tonnes of rice.", (4200, "tonnes")),
        en("Hanoi lies about 100 km inland.", (100, "km")),
        vi("Hơn 500 ha lúa bị ngập.", (500, "ha")),
        vi("Lượng mưa đạt 2,5 nghìn mm.", (2500, "mm")),
        vi("Hơn 50.000 khán giả theo dõi trận đấu.", (50000, nil)),
        vi("Nhà máy sản xuất 2,5 nghìn sản phẩm.", (2500, nil)),
        en("About 350,000 troops were on standby.", (350_000, nil)),
        en("The index closed at 1,234.5 points.", (1234.5, nil)),
        en("Winds reached 234 kph.", (234, "km/h")),
        // `đồng chí` (comrade) is not the currency.
        vi("Bộ Chính trị gồm 18 đồng chí.", (18, nil)),
        vi("Chỉ số đạt 10.000 điểm.", (10000, nil)),
    ]

    static let percentages: [Case] = [
        vi("GDP quý I/2026 tăng 7,09%.", (7.09, "percent")),
        en("GDP grew 7.09 percent in the first quarter.", (7.09, "percent")),
        en("SMBC bought a 15% stake.", (15, "percent")),
        vi("Đồng chí Tô Lâm được bầu với 100% số phiếu.", (100, "percent")),
        vi("Tỷ lệ hộ nghèo giảm 1,5 phần trăm.", (1.5, "percent")),
    ]

    static let notNumbers: [Case] = [
        vi("Đại hội Đảng toàn quốc lần thứ 14 thành công."),
        en("The draft goes to the 14th National Party Congress."),
        vi("U22 Việt Nam giành HCV SEA Games 33."),
        vi("Lễ khai mạc bắt đầu lúc 8:30."),
        vi("Đoàn xuất phát lúc 6h sáng."),
        en("The storm hit the coast at around 10 a.m."),
        vi("Ngày 20/3, hai bên hội đàm."),
        vi("Năm 2026 là năm bản lề."),
        vi("Kế hoạch giai đoạn 2021-2025 đã hoàn thành."),
        vi("Việt Nam thắng 3-2."),
        vi("Cả nước có 5 thành phố trực thuộc trung ương."),
        en("Cases of COVID-19 fell."),
        en("The leaders met on December 16, 2025."),
        vi("Phút 20, Thái Lan mở tỷ số."),
        vi("Nghị quyết 57 về khoa học, công nghệ."),
        vi("Hội nghị Trung ương 11 khai mạc."),
    ]

    @Test("Amounts of money: scale words and currencies", arguments: amounts)
    func amount(_ c: Case) {
        #expect(Self.extract(c.text, c.language).map { Expected(value: $0.value, unit: $0.unit) } == c.expected)
    }

    @Test("Counts and measures", arguments: counts)
    func count(_ c: Case) {
        #expect(Self.extract(c.text, c.language).map { Expected(value: $0.value, unit: $0.unit) } == c.expected)
    }

    @Test("Percentages", arguments: percentages)
    func percentage(_ c: Case) {
        #expect(Self.extract(c.text, c.language).map { Expected(value: $0.value, unit: $0.unit) } == c.expected)
    }

    @Test("Ordinals, names, times, dates, years, scores and small bare numbers are not numbers", arguments: notNumbers)
    func notNumber(_ c: Case) {
        #expect(Self.extract(c.text, c.language).map { Expected(value: $0.value, unit: $0.unit) } == c.expected)
    }

    @Test("The same amount in both languages")
    func bothLanguages() {
        let vietnamese = Self.extract("Vốn đầu tư đạt 10 tỷ USD.", .vietnamese)
        let english = Self.extract("Investment reached $10 billion.", .english)
        #expect(vietnamese.map(\.value) == english.map(\.value))
        #expect(vietnamese.map(\.unit) == english.map(\.unit))
    }

    @Test("Mentions of one amount merge and cover the currency and scale")
    func mentionsMerge() {
        let numbers = Self.extract("Vốn đầu tư 10 tỷ USD. Trong đó, 10 tỷ USD là vốn FDI.", .vietnamese)
        #expect(numbers.count == 1)
        #expect(numbers.first?.mentions.map(\.text) == ["10 tỷ USD", "10 tỷ USD"])
        let english = Self.extract("It paid US$1.52 billion.", .english)
        #expect(english.first?.mentions.map(\.text) == ["US$1.52 billion"])
    }

    @Test("Separators follow the article language", arguments: [
        ("1.234,5", Language.vietnamese, 1234.5),
        ("1,234.5", .english, 1234.5),
        ("10.000", .vietnamese, 10000),
        ("1.234", .english, 1.234),
        ("1,234", .vietnamese, 1.234),
        ("7,09", .vietnamese, 7.09),
        ("7.09", .english, 7.09),
        ("1.234.567", .vietnamese, 1_234_567),
    ])
    func separators(_ text: String, _ language: Language, _ value: Double) {
        #expect(DecimalReader.value(text, language: language) == value)
    }
}
