import Foundation
import VNCorpus

/// Turns a `DateSpan` into the annotation value, using the publication date when one is known.
///
/// - A day and month without year takes the publication year; when that is more than about
///   8 months after publication it is last year's, and when it is more than about 4 months before
///   a sentence about the future, next year's. Without publication date it stays `--MM-DD`.
/// - A weekday is the latest such day on or before publication, or the next one after it in a
///   sentence about the future; without publication date it is `W1`...`W7`, unresolved.
/// - Relative days, months and years count from publication; without it they are dropped.
///
/// ```swift
/// let resolver = DateResolver(publication: CalendarDate(iso: "2025-03-21"))
/// resolver.resolve(DateSpan(expression: .weekday(4, .plain), tokens: 0..<1))
/// // ("2025-03-20", "weekday", resolved: true)
/// ```
struct DateResolver {
    struct Resolved: Equatable {
        var value: String
        var kind: String
        var resolved: Bool
    }

    let publication: CalendarDate?

    /// Days after publication beyond which a year-less date is taken as last year's.
    static let maxDaysAhead = 243
    /// Days before publication beyond which a year-less date in a future sentence is next year's.
    static let maxDaysBehindFuture = 122

    func resolve(_ span: DateSpan) -> Resolved? {
        switch span.expression {
        case .day(let year?, let month, let day):
            guard CalendarDate(year: year, month: month, day: day) != nil else { return nil }
            return Resolved(value: Self.iso(year, month, day), kind: "day", resolved: false)
        case .day(nil, let month, let day):
            guard let publication else {
                return Resolved(value: "--\(Self.two(month))-\(Self.two(day))", kind: "day", resolved: false)
            }
            let year = nearYear(month: month, day: day, future: span.future, publication: publication)
            guard CalendarDate(year: year, month: month, day: day) != nil else { return nil }
            return Resolved(value: Self.iso(year, month, day), kind: "day", resolved: true)
        case .month(let year?, let month, _):
            return Resolved(value: "\(Self.four(year))-\(Self.two(month))", kind: "month", resolved: false)
        case .month(nil, let month, let reference):
            guard let publication else { return nil }
            let year: Int
            switch reference {
            case .last: year = month < publication.month ? publication.year : publication.year - 1
            case .next: year = month > publication.month ? publication.year : publication.year + 1
            case .this, .lastWeek, .nextWeek: year = publication.year
            case .plain: year = nearYear(month: month, day: 15, future: span.future, publication: publication)
            }
            return Resolved(value: "\(Self.four(year))-\(Self.two(month))", kind: "month", resolved: true)
        case .year(let year):
            return Resolved(value: Self.four(year), kind: "year", resolved: false)
        case .yearRange(let first, let last):
            return Resolved(value: "\(Self.four(first))/\(Self.four(last))", kind: "range", resolved: false)
        case .weekday(let weekday, let reference):
            guard let publication else { return Resolved(value: "W\(weekday)", kind: "weekday", resolved: false) }
            let date = Self.weekday(weekday, reference, future: span.future, publication: publication)
            return Resolved(value: date.description, kind: "weekday", resolved: true)
        case .relative(let unit, let offset):
            guard let publication else { return nil }
            switch unit {
            case .day:
                return Resolved(value: publication.adding(days: offset).description, kind: "day", resolved: true)
            case .month:
                let index = publication.year * 12 + (publication.month - 1) + offset
                let year = index >= 0 ? index / 12 : (index - 11) / 12
                return Resolved(value: "\(Self.four(year))-\(Self.two(index - year * 12 + 1))", kind: "month", resolved: true)
            case .year:
                return Resolved(value: Self.four(publication.year + offset), kind: "year", resolved: true)
            }
        }
    }

    /// The year of a year-less day and month, near the publication date.
    func nearYear(month: Int, day: Int, future: Bool, publication: CalendarDate) -> Int {
        let year = publication.year
        // 29 February of a common year: measure with the 28th.
        let probe = CalendarDate(year: year, month: month, day: day) ?? CalendarDate(year: year, month: month, day: day - 1)!
        let ahead = probe.dayNumber - publication.dayNumber
        if ahead > Self.maxDaysAhead { return year - 1 }
        if future && -ahead > Self.maxDaysBehindFuture { return year + 1 }
        return year
    }

    /// The date of an ISO `weekday` relative to `publication`.
    static func weekday(_ weekday: Int, _ reference: DateExpression.Reference, future: Bool, publication: CalendarDate) -> CalendarDate {
        let today = publication.weekday
        let back = (today - weekday + 7) % 7  // days back to the latest such day on or before
        let ahead = (weekday - today + 7) % 7  // days on to the next such day on or after
        let sameWeek = publication.adding(days: weekday - today)
        switch reference {
        case .plain: return future ? publication.adding(days: ahead == 0 ? 7 : ahead) : publication.adding(days: -back)
        case .last: return publication.adding(days: back == 0 ? -7 : -back)
        case .next: return publication.adding(days: ahead == 0 ? 7 : ahead)
        case .this: return sameWeek
        case .lastWeek: return sameWeek.adding(days: -7)
        case .nextWeek: return sameWeek.adding(days: 7)
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    /// `n` in at least four digits (`0987`, `-012`), as `%04d` prints it (without Foundation's
    /// formatter, which cost more than the whole date grammar).
    static func four(_ n: Int) -> String {
        let digits = String(n.magnitude)
        let sign = n < 0 ? "-" : ""
        let zeros = 4 - sign.utf8.count - digits.utf8.count
        return zeros > 0 ? sign + String(repeating: "0", count: zeros) + digits : sign + digits
    }
    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String { "\(four(year))-\(two(month))-\(two(day))" }
}
