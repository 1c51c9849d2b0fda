import Testing
@testable import VNCorpus

/// Dates in front matter and JSON Lines: a day, a day that does not exist, or no ISO date.
@Suite("Metadata dates")
struct MetadataDateTests {
    @Test("ISO dates and date-times name their day", arguments: [
        ("2025-03-21", CalendarDate(year: 2025, month: 3, day: 21)),
        ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)),
        ("2000-02-29", CalendarDate(year: 2000, month: 2, day: 29)),
        ("2025-03-21T08:00:00+07:00", CalendarDate(year: 2025, month: 3, day: 21)),
        ("2025-03-21 08:00", CalendarDate(year: 2025, month: 3, day: 21)),
    ])
    func valid(_ text: String, _ day: CalendarDate?) throws {
        #expect(CalendarDate.reading(iso: text) == .date(try #require(day)))
        #expect(CalendarDate(iso: text) == day)
    }

    @Test("a day that does not exist says why", arguments: [
        ("2025-02-30", "February 2025 has 28 days"),
        ("2025-02-29", "February 2025 has 28 days"),
        ("1900-02-29", "February 1900 has 28 days"),
        ("2025-04-31", "April 2025 has 30 days"),
        ("2024-13-01", "there is no month 13"),
        ("2024-00-10", "there is no month 0"),
        ("2024-05-00", "days are counted from 1"),
    ])
    func impossible(_ text: String, _ reason: String) {
        #expect(CalendarDate.reading(iso: text) == .impossible(reason: reason))
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test("a string that is no ISO date is told apart", arguments: [
        "30/02/2025", "2025-2-3", "2025--1-05", "2025-+1-05", "2025-02-281", "March 3, 2025", "", "２０２５-03-21",
    ])
    func malformed(_ text: String) {
        #expect(CalendarDate.reading(iso: text) == .malformed)
    }
}
