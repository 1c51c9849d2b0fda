import Testing
import VNCorpus
import VNText
@testable import VNFeatures

/// Specification of the date extractor: how each way news reports write a date, in Vietnamese
/// and English, resolves against the publication date, and what is not a date.
///
/// Unless a case says otherwise the article was published on Friday 21 March 2025.
@Suite("Date extractor")
struct DateExtractorTests {
    /// Friday.
    static let friday = "2025-03-21"

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let language: Language
        let publication: String?
        let expected: [String]
        var testDescription: String { "\(language.code): \(text) [\(publication ?? "no date")] → \(expected)" }
    }

    static func vi(_ text: String, _ expected: String..., on publication: String? = friday) -> Case {
        Case(text: text, language: .vietnamese, publication: publication, expected: expected)
    }

    static func en(_ text: String, _ expected: String..., on publication: String? = friday) -> Case {
        Case(text: text, language: .english, publication: publication, expected: expected)
    }

    static func extract(_ text: String, _ language: Language, on publication: String?, normalize: Bool = true) -> [DateFeature] {
        let text = normalize ? Normalizer().normalize(text) : text
        return DateExtractor.extract(tokens: Tokenizer.tokenize(text), language: language,
                                     publication: publication.flatMap(CalendarDate.init(iso:)),
                                     mentions: MentionBuilder(text: text))
    }

    // MARK: Vietnamese

    static let vietnameseDays: [Case] = [
        vi("Ngày 20/3, hai bên hội đàm tại Hà Nội.", "2025-03-20"),
        vi("Hai bên ký kết biên bản 20/3 tại Hà Nội.", "2025-03-20"),
        vi("Sáng 30/01/2026, Đại hội khai mạc.", "2026-01-30"),
        vi("Chiều 5-2, đoàn đến Hà Nội.", "2025-02-05"),
        vi("Tối 5/2, đoàn rời Viêng Chăn.", "2025-02-05"),
        vi("Ngày 22-5-2024, Quốc hội bầu Chủ tịch nước.", "2024-05-22"),
        vi("Ngày 5 tháng 2 năm 2026, hai bên ký hiệp định.", "2026-02-05"),
        vi("Ngày 5 tháng 2, hai bên ký hiệp định.", "2025-02-05"),
        vi("Hội chợ diễn ra 12-15/3 tại TP.HCM.", "2025-03-12", "2025-03-15"),
        vi("Triển lãm mở cửa từ ngày 22 đến 25/8.", "2025-08-22", "2025-08-25", on: "2025-08-30"),
        // A day and month more than 8 months after publication is last year's.
        vi("Ngày 20/12, Bộ Chính trị họp.", "2024-12-20", on: "2025-02-05"),
        // More than 4 months before publication in a sentence about the future: next year's.
        vi("Hội nghị sẽ diễn ra ngày 10/2 tại Hà Nội.", "2026-02-10", on: "2025-11-20"),
        vi("Hội nghị diễn ra ngày 10/2 tại Hà Nội.", "2025-02-10", on: "2025-11-20"),
    ]

    static let vietnameseMonthsAndYears: [Case] = [
        vi("Ông làm Bộ trưởng từ tháng 1/2026.", "2026-01"),
        vi("Ông làm Bộ trưởng từ tháng 4-2016.", "2016-04"),
        vi("Luật có hiệu lực từ tháng 1 năm 2026.", "2026-01"),
        vi("Kỳ họp dự kiến khai mạc vào tháng 5.", "2025-05"),
        // December is 9 months after March: last December.
        vi("Hội nghị Trung ương họp hồi tháng 12.", "2024-12"),
        vi("Năm 2026, kinh tế dự kiến tăng trưởng 8%.", "2026"),
        vi("Ông Tô Lâm sinh năm 1957 tại Hưng Yên.", "1957"),
        vi("Năm đoàn kết hữu nghị Việt Nam-Lào 2022 thành công tốt đẹp.", "2022"),
        vi("Đầu năm 2026, dự án khởi công.", "2026"),
        vi("Công trình hoàn thành cuối năm 2025.", "2025"),
        vi("GDP quý I/2026 tăng 7,09%.", "2026"),
        vi("Kế hoạch 5 năm giai đoạn 2021-2025 đã hoàn thành.", "2021/2025"),
        vi("Nhiệm kỳ 2021 - 2025 kết thúc.", "2021/2025"),
        vi("Từ năm 2021 đến năm 2025, kim ngạch tăng gấp đôi.", "2021/2025"),
        vi("Năm ngoái, kim ngạch đạt 500 tỷ USD.", "2024"),
    ]

    static let vietnameseRelativeDays: [Case] = [
        vi("Hôm nay, Thủ tướng tiếp Đại sứ Nhật Bản.", "2025-03-21"),
        vi("Hôm qua, hai bên đã ký kết thỏa thuận.", "2025-03-20"),
        vi("Ngày mai, đoàn sẽ thăm Đà Nẵng.", "2025-03-22"),
        vi("Sáng nay, Quốc hội bế mạc kỳ họp.", "2025-03-21"),
        // A past weekday: the latest such day on or before publication.
        vi("Thứ Hai, Thủ tướng đã tiếp Đại sứ.", "2025-03-17"),
        vi("Sáng thứ 7, đoàn đã thăm Huế.", "2025-03-15"),
        vi("Chủ nhật, hàng nghìn người đã xuống đường.", "2025-03-16"),
        vi("Ngày thứ Sáu, hai bên ký kết.", "2025-03-21"),
        // `sẽ`: the next one after publication.
        vi("Thủ tướng sẽ thăm Lào vào thứ Hai.", "2025-03-24"),
        vi("Thứ Hai tuần trước, Bộ Chính trị đã họp.", "2025-03-10"),
        // A weekday written next to its date is that date.
        vi("Thứ Năm (20/3), hai bên hội đàm.", "2025-03-20"),
    ]

    static let vietnameseNonDates: [Case] = [
        vi("Việt Nam thắng 3-2 sau 120 phút, tỷ số 2-0 ở hiệp một."),
        vi("Đây là lần thứ hai hai nước tổ chức sự kiện này."),
        vi("Đại hội lần thứ XIV của Đảng thành công tốt đẹp."),
        vi("Ông có 55 năm tuổi Đảng."),
        vi("Lễ khai mạc bắt đầu lúc 8:30."),
        vi("Dự án có tổng vốn 2.000 tỷ đồng."),
        vi("Vụ việc khiến 2030 người phải sơ tán."),
        vi("Sân vận động có sức chứa khoảng 2000 khán giả."),
        vi("Trong 3 năm tới, hai bên sẽ tăng cường hợp tác."),
        vi("Đây là nhà máy thứ sáu trên thế giới và thứ hai tại châu Á."),
    ]

    static let vietnameseWithoutPublication: [Case] = [
        vi("Ngày 20/3, hai bên hội đàm.", "--03-20", on: nil),
        vi("Thứ Sáu, hai bên ký kết.", "W5", on: nil),
        vi("Hôm qua, hai bên ký kết.", on: nil),
        vi("Tháng 12, Trung ương họp.", on: nil),
        vi("Sáng 30/01/2026, Đại hội khai mạc.", "2026-01-30", on: nil),
    ]

    @Test("Vietnamese days", arguments: vietnameseDays)
    func vietnameseDay(_ c: Case) {
        #expect(Self.extract(c.text, c.language, on: c.publication).map(\.value) == c.expected)
    }

    @Test("Vietnamese months, years and year ranges", arguments: vietnameseMonthsAndYears)
    func vietnameseMonthOrYear(_ c: Case) {
        #expect(Self.extract(c.text, c.language, on: c.publication).map(\.value) == c.expected)
    }

    @Test("Vietnamese relative days and weekdays", arguments: vietnameseRelativeDays)
    func vietnameseRelative(_ c: Case) {
        #expect(Self.extract(c.text, c.language, on: c.publication).map(\.value) == c.expected)
    }

    @Test("Vietnamese scores, ordinals, durations, times and amounts are not dates", arguments: vietnameseNonDates)
    func vietnameseNonDate(_ c: Case) {
        #expect(Self.extract(c.text, c.language, on: c.publication).map(\.value) == c.expected)
    }

    @Test("Vietnamese dates without publication date", arguments: vietnameseWithoutPublication)
    func vietnameseUnresolved(_ c: Case) {
        #expect(Self.extract(c.text, c.language, on: c.publication).map(\.value) == c.expected)
    }

    // MARK: English

    static let englishDays: [Case] = [
        en("The talks took place on December 16 in Hà Nội.", "2025-12-16", on: "2025-12-18"),
        en("The talks took place on Dec. 16 in Hà Nội.", "2025-12-16", on: "2025-12-18"),
        en("The agreement was signed on December 16, 2025.", "2025-12-16"),
        en("The agreement was signed on 16 December 2025.", "2025-12-16"),
        en("The forum was held on December 12-13.", "2025-12-12", "2025-12-13", on: "2025-12-20"),
        en("HANOI, March 20 (Reuters) - VPBank said it had completed the sale.", "2023-03-20", on: "2023-03-20"),
        en("The bridge opened on July 12, 1995.", "1995-07-12"),
    ]

    static let englishMonthsAndYears: [Case] = [
        en("The law takes effect in January 2026.", "2026-01"),
        en("January 2026 will see the new law take effect.", "2026-01"),
        en("The session will open in May.", "2025-05"),
        en("Typhoon Yagi made landfall last September.", "2024-09", on: "2025-07-22"),
        en("Talks are expected in mid-July.", "2025-07"),
        // More than 4 months before publication in a sentence about the future: next year's.
        en("The plan will be formally approved by the Congress, China's parliament, in March.", "2026-03", on: "2025-10-23"),
        en("Construction will start in early 2026.", "2026"),
        en("The plant was completed in late 2025.", "2025"),
        en("Growth reached 8 percent in 2022.", "2022"),
        en("The 2021-2025 medium-term plan was reviewed.", "2021/2025"),
        en("Trade doubled from 2021 to 2025.", "2021/2025"),
        en("Trade doubled between 2021 and 2025.", "2021/2025"),
        en("Two-way trade topped US$120 billion last year.", "2024"),
    ]

    static let englishRelativeDays: [Case] = [
        en("The National Assembly opened its session today.", "2025-03-21"),
        en("The two sides signed the deal yesterday.", "2025-03-20"),
        en("The delegation leaves for Đà Nẵng tomorrow.", "2025-03-22"),
        en("The Prime Minister received the ambassador on Friday.", "2025-03-21"),
        en("The Prime Minister received the ambassador on Thursday.", "2025-03-20"),
        en("The Prime Minister will visit Laos on Monday.", "2025-03-24"),
        en("The plenum is scheduled to close on Friday.", "2024-09-20", on: "2024-09-18"),
        en("The plenum opened on Wednesday morning.", "2024-09-18", on: "2024-09-18"),
        en("Leaders will meet this Friday.", "2025-03-21", on: "2025-03-19"),
        en("The ministers met last Friday.", "2025-03-14"),
        en("The ministers meet again next Monday.", "2025-03-24"),
        en("On Monday, he said the talks will resume.", "2025-03-17"),
        // The future word is in another clause: Monday is past.
        en("The Assembly opened its session on Monday, a sitting expected to amend the Constitution.", "2025-03-17"),
        en("Yagi is forecast to make landfall on Saturday afternoon.", "2025-03-22"),
        en("The National Assembly, which opens its session on Monday, will elect new leaders.", "2025-03-24"),
        en("The deal will be formally signed on Monday.", "2025-03-24"),
        en("On Friday, March 21, the two sides signed the deal.", "2025-03-21"),
    ]

    static let englishNonDates: [Case] = [
        en("The programme will run for two years."),
        en("The plan must be completed within 60 days."),
        en("The draft goes to the 14th National Party Congress."),
        en("The ceremony began at 8:30."),
        en("The talks may resume soon."),
        en("More than 2,000 people attended."),
        en("The storm killed nearly 300 people over the last year."),
    ]

    static let englishWithoutPublication: [Case] = [
        en("The talks took place on December 16.", "--12-16", on: nil),
        en("The ministers met on Friday.", "W5", on: nil),
        en("The two sides signed the deal yesterday.", on: nil),
        en("The agreement was signed on December 16, 2025.", "2025-12-16", on: nil),
    ]

    @Test("English days", arguments: englishDays)
    func englishDay(_ c: Case) {
        #expect(Self.extract(c.text, c.language, on: c.publication).map(\.value) == c.expected)
    }

    @Test("English months, years and year ranges", arguments: englishMonthsAndYears)
    func englishMonthOrYear(_ c: Case) {
        #expect(Self.extract(c.text, c.language, on: c.publication).map(\.value) == c.expected)
    }

    @Test("English relative days and weekdays", arguments: englishRelativeDays)
    func englishRelative(_ c: Case) {
        #expect(Self.extract(c.text, c.language, on: c.publication).map(\.value) == c.expected)
    }

    @Test("English durations, ordinals, times and amounts are not dates", arguments: englishNonDates)
    func englishNonDate(_ c: Case) {
        #expect(Self.extract(c.text, c.language, on: c.publication).map(\.value) == c.expected)
    }

    @Test("English dates without publication date", arguments: englishWithoutPublication)
    func englishUnresolved(_ c: Case) {
        #expect(Self.extract(c.text, c.language, on: c.publication).map(\.value) == c.expected)
    }

    // MARK: Details

    @Test("An en dash between years is a range even before normalisation")
    func enDashRange() {
        let dates = Self.extract("the 2021–2025 period", .english, on: nil, normalize: false)
        #expect(dates.map(\.value) == ["2021/2025"])
        #expect(dates.first?.kind == "range")
    }

    @Test("The part of day is kept", arguments: [
        ("Sáng 30/01/2026, Đại hội khai mạc.", Language.vietnamese, "morning"),
        ("Trưa 5/2, đoàn đến Hà Nội.", .vietnamese, "noon"),
        ("Chiều 5-2, đoàn đến Hà Nội.", .vietnamese, "afternoon"),
        ("Tối 5/2, đoàn rời Hà Nội.", .vietnamese, "evening"),
        ("Đêm 5/2, bão đổ bộ.", .vietnamese, "evening"),
        ("The plenum opened on Wednesday morning.", .english, "morning"),
    ])
    func partOfDay(_ text: String, _ language: Language, _ part: String) {
        #expect(Self.extract(text, language, on: Self.friday).first?.partOfDay == part)
    }

    @Test("Kinds and whether the publication date was needed")
    func kindsAndResolution() {
        let vietnamese = Self.extract("Hôm qua, ngày 5/2/2026 và tháng 1/2026, năm 2026, giai đoạn 2021-2025.",
                                      .vietnamese, on: Self.friday)
        #expect(vietnamese.map(\.kind) == ["day", "day", "month", "year", "range"])
        #expect(vietnamese.map(\.resolved) == [true, false, false, false, false])
        let weekday = Self.extract("The ministers met on Friday.", .english, on: nil)
        #expect(weekday.map(\.kind) == ["weekday"])
        #expect(weekday.map(\.resolved) == [false])
    }

    @Test("Mentions of one date merge, in order of first mention")
    func mentionsMerge() {
        let text = "Chiều 20/3, Tổng Bí thư tiếp Đại sứ. Hôm qua, hai bên cũng đã ký kết. Năm 2025 là năm bản lề."
        let dates = Self.extract(text, .vietnamese, on: Self.friday)
        #expect(dates.map(\.value) == ["2025-03-20", "2025"])
        #expect(dates.first?.mentions.map(\.text) == ["Chiều 20/3", "Hôm qua"])
        #expect(dates.first?.mentions.first?.start == 0)
        #expect(dates.first?.mentions.first?.end == 10)
    }

    @Test("The publication date is not a date of the text unless the text states it")
    func publicationNotAdded() {
        #expect(Self.extract("Hai bên nhất trí tăng cường hợp tác.", .vietnamese, on: Self.friday).isEmpty)
    }
}
