/// What a date expression says before it is resolved against the publication date.
///
/// ```swift
/// DateExpression.day(year: nil, month: 3, day: 20)        // "ngày 20/3", "March 20"
/// DateExpression.weekday(5, .plain)                        // "on Friday", "thứ Sáu"
/// DateExpression.relative(.day, -1)                        // "yesterday", "hôm qua"
/// ```
enum DateExpression: Equatable, Sendable {
    /// Which occurrence of a weekday or month is meant, counted from the publication date.
    enum Reference: Equatable, Sendable {
        /// No word says: the latest on or before publication, or the next after it when the
        /// sentence speaks of the future.
        case plain
        /// `last Friday`, `last September`: the latest strictly before publication.
        case last
        /// `next Monday`, `next March`: the first strictly after publication.
        case next
        /// `this Friday`, `thứ Hai tuần này`: in the week (or year) of publication.
        case this
        /// `thứ Hai tuần trước`: in the week before the week of publication.
        case lastWeek
        /// `thứ Hai tuần tới`: in the week after the week of publication.
        case nextWeek
    }

    enum Unit: String, Equatable, Sendable { case day, month, year }

    /// A day of a month; the year when the text states it.
    case day(year: Int?, month: Int, day: Int)
    /// A month; the year when the text states it.
    case month(year: Int?, month: Int, reference: Reference)
    case year(Int)
    /// `2021-2025`, `giai đoạn 2021-2025`, `from 2021 to 2025`.
    case yearRange(Int, Int)
    /// An ISO weekday (Monday 1 ... Sunday 7).
    case weekday(Int, Reference)
    /// `today`, `hôm qua`, `next month`, `năm ngoái`: units counted from publication.
    case relative(Unit, Int)

    /// Whether the expression names a single day, so that a part of day can go with it.
    var isDay: Bool {
        switch self {
        case .day, .weekday: return true
        case .relative(let unit, _): return unit == .day
        default: return false
        }
    }
}

/// A date expression found in the text: what it says, the tokens it covers, the part of day
/// written with it and whether its sentence speaks of the future.
struct DateSpan: Equatable, Sendable {
    var expression: DateExpression
    /// Token indices.
    var tokens: Range<Int>
    /// `morning`, `noon`, `afternoon`, `evening`.
    var partOfDay: String? = nil
    /// Set by the extractor from the sentence's tense.
    var future: Bool = false
}

/// The date spans one grammar rule found at a position, and where scanning goes on.
struct DateMatch {
    var spans: [DateSpan]
    /// The token index after the match.
    var end: Int

    init(_ spans: [DateSpan], end: Int) {
        self.spans = spans
        self.end = end
    }

    init(_ expression: DateExpression, _ tokens: Range<Int>) {
        self.init([DateSpan(expression: expression, tokens: tokens)], end: tokens.upperBound)
    }

    /// Whether every span names a single day.
    var isDay: Bool { spans.allSatisfy { $0.expression.isDay } }

    /// The match with its first span starting at token `start` (a leading `ngày`, `sáng`, `on the
    /// morning of`).
    func starting(at start: Int) -> DateMatch {
        var copy = self
        copy.spans[0].tokens = start..<copy.spans[0].tokens.upperBound
        return copy
    }

    /// The match with `part` as the part of day of every span that has none.
    func with(partOfDay part: String) -> DateMatch {
        var copy = self
        for k in copy.spans.indices where copy.spans[k].partOfDay == nil { copy.spans[k].partOfDay = part }
        return copy
    }
}
