import VNCorpus

/// Reads a number token that may be a date, day first: `20/3`, `30/01/2026`, `5-2`,
/// `22-5-2024`, `12-15/3`, `20/3-25/3`, `12/2023`, `2021-2025`, `2026`.
///
/// It only tells the shape; whether a shape is a date in context (`5-2` may be a score) is for
/// the grammar to say.
///
/// ```swift
/// NumericDate.parse("30/01/2026")   // .days([DayMonth(day: 30, month: 1, year: 2026)], separator: "/")
/// NumericDate.parse("12/2023")      // .monthYear(month: 12, year: 2023, separator: "/")
/// NumericDate.parse("2021-2025")    // .yearRange(2021, 2025)
/// NumericDate.parse("1.234,5")      // nil
/// ```
enum NumericDate: Equatable {
    struct DayMonth: Equatable {
        var day: Int
        var month: Int
        var year: Int?
    }

    /// One day, or the two ends of a day range (`12-15/3`).
    case days([DayMonth], separator: Character)
    case monthYear(month: Int, year: Int, separator: Character)
    case yearRange(Int, Int)
    /// A four-digit number.
    case year(Int)

    /// The shape of `text`, or nil when it is not date-like.
    static func parse(_ text: String) -> NumericDate? {
        var groups: [Substring] = []
        var separators: [Character] = []
        var start = text.startIndex
        for index in text.indices where !text[index].isASCII || !text[index].isNumber {
            groups.append(text[start..<index])
            separators.append(text[index])
            start = text.index(after: index)
        }
        groups.append(text[start...])
        guard groups.allSatisfy({ !$0.isEmpty && $0.count <= 4 }), !separators.contains(",") else { return nil }
        let values = groups.map { Int($0)! }
        let isYear = groups.map { $0.count == 4 }
        let isSmall = groups.map { $0.count <= 2 }

        switch (groups.count, separators) {
        case (1, _):
            return isYear[0] ? .year(values[0]) : nil
        case (2, let s) where s[0] == "/" || s[0] == "-":
            if isYear[0] && isYear[1] {
                return values[1] > values[0] && values[1] - values[0] <= 100 ? .yearRange(values[0], values[1]) : nil
            }
            if isSmall[0] && isYear[1] {
                return (1...12).contains(values[0]) ? .monthYear(month: values[0], year: values[1], separator: s[0]) : nil
            }
            if isSmall[0] && isSmall[1] {
                return dayMonth(values[0], values[1], nil).map { .days([$0], separator: s[0]) }
            }
            return nil
        case (3, let s) where s[0] == s[1] && "/-.".contains(s[0]):
            guard isSmall[0] && isSmall[1] && isYear[2] else { return nil }
            return dayMonth(values[0], values[1], values[2]).map { .days([$0], separator: s[0]) }
        case (3, ["-", "/"]):
            // 12-15/3
            guard isSmall[0] && isSmall[1] && isSmall[2], values[0] < values[1],
                  let first = dayMonth(values[0], values[2], nil), let last = dayMonth(values[1], values[2], nil) else { return nil }
            return .days([first, last], separator: "/")
        case (4, ["-", "/", "/"]):
            // 12-15/3/2026
            guard isSmall[0] && isSmall[1] && isSmall[2] && isYear[3], values[0] < values[1],
                  let first = dayMonth(values[0], values[2], values[3]), let last = dayMonth(values[1], values[2], values[3]) else { return nil }
            return .days([first, last], separator: "/")
        case (4, ["/", "-", "/"]):
            // 20/3-25/3
            guard isSmall.allSatisfy({ $0 }), let first = dayMonth(values[0], values[1], nil),
                  let last = dayMonth(values[2], values[3], nil) else { return nil }
            return .days([first, last], separator: "/")
        default:
            return nil
        }
    }

    /// Two day numbers joined by a hyphen (`12-13`, English `December 12-13`), or nil.
    static func dayPair(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), parts.allSatisfy({ $0.count <= 2 }),
              (1...31).contains(a), (1...31).contains(b), a < b else { return nil }
        return (a, b)
    }

    /// A day of a month when it exists (29 February only in leap years, or when the year is not known).
    static func dayMonth(_ day: Int, _ month: Int, _ year: Int?) -> DayMonth? {
        guard CalendarDate(year: year ?? 2024, month: month, day: day) != nil else { return nil }
        return DayMonth(day: day, month: month, year: year)
    }
}
