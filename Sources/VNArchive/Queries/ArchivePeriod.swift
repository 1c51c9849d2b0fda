import VNCorpus

/// Publication days from `since` to `until` (either open); a pair is in a period when one of
/// its articles is. Undated articles are in the open period only.
///
/// ```swift
/// let week = ArchivePeriod(since: CalendarDate(iso: "2025-03-01"), until: CalendarDate(iso: "2025-03-07"))
/// ```
public struct ArchivePeriod: Sendable, Equatable {
    public var since: CalendarDate?
    public var until: CalendarDate?

    public init(since: CalendarDate? = nil, until: CalendarDate? = nil) {
        self.since = since
        self.until = until
    }

    /// Every article, dated or not.
    public static let all = ArchivePeriod()

    var isOpen: Bool { since == nil && until == nil }

    /// The SQL condition on the column `published` of `table`, with its arguments.
    func condition(_ table: String) -> (sql: String, arguments: [Int]) {
        if isOpen { return ("1", []) }
        return ("\(table).published BETWEEN ? AND ?", [since?.dayNumber ?? Int(Int32.min), until?.dayNumber ?? Int(Int32.max)])
    }
}
