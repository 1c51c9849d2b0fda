import Foundation

/// A day of the proleptic Gregorian calendar, without time or zone.
///
/// ```swift
/// let d = CalendarDate(year: 2025, month: 3, day: 21)!
/// d.weekday          // 6 (Friday; Monday is 1)
/// d.adding(days: -1) // 2025-03-20
/// CalendarDate(iso: "2026-01-30")
/// ```
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date, or nil when the day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, or the date part of an ISO date-time (`2025-03-21T08:00:00+07:00`).
    public init?(iso: String) {
        guard case .date(let date) = CalendarDate.reading(iso: iso) else { return nil }
        self = date
    }

    /// What an ISO date string says: a day, a day that does not exist, or no ISO date at all.
    public enum ISOReading: Sendable, Equatable {
        case date(CalendarDate)
        /// `YYYY-MM-DD` naming no day; the reason reads "February 2025 has 28 days".
        case impossible(reason: String)
        /// Not of the form `YYYY-MM-DD` (optionally followed by `T` or a space and a time).
        case malformed
    }

    /// Reads `YYYY-MM-DD`, or the date part of an ISO date-time, telling an impossible day
    /// (`2025-02-30`) from a string that is no ISO date (`30/02/2025`).
    ///
    /// ```swift
    /// CalendarDate.reading(iso: "2025-02-30")   // .impossible(reason: "February 2025 has 28 days")
    /// ```
    public static func reading(iso: String) -> ISOReading {
        let bytes = Array(iso.utf8.prefix(11))
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { return nil }
                value = value * 10 + Int(bytes[i] - 0x30)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
              let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10),
              bytes.count == 10 || bytes[10] == 0x54 || bytes[10] == 0x74 || bytes[10] == 0x20 else { return .malformed }
        guard (1...12).contains(month) else { return .impossible(reason: "there is no month \(month)") }
        let days = daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            return .impossible(reason: day == 0 ? "days are counted from 1" : "\(monthNames[month - 1]) \(year) has \(days) days")
        }
        return .date(CalendarDate(year: year, month: month, day: day)!)
    }

    /// English month names, January first.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// ISO weekday: Monday 1 ... Sunday 7.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (3 from Monday=0)
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    public var description: String {
        // Digits by hand: `String(format:)` is slow, and aligners format many dates.
        guard (0...9999).contains(year) else {
            return "\(String(format: "%04d", year))-\(String(format: "%02d", month))-\(String(format: "%02d", day))"
        }
        let digits: [UInt8] = [
            UInt8(48 + year / 1000), UInt8(48 + year / 100 % 10), UInt8(48 + year / 10 % 10), UInt8(48 + year % 10), 45,
            UInt8(48 + month / 10), UInt8(48 + month % 10), 45, UInt8(48 + day / 10), UInt8(48 + day % 10),
        ]
        return String(decoding: digits, as: UTF8.self)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }
}
