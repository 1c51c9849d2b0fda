import GRDB
import VNAlignment

/// The pairing settings an archive decides with, fixed by its first `add`: decisions made with
/// another threshold or window would not mix with the archive's.
///
/// ```swift
/// var settings = ArchiveSettings()
/// settings.threshold = 0.5   // archive add --threshold 0.5, on the first batch only
/// ```
public struct ArchiveSettings: Sendable, Equatable, Codable {
    public var threshold: Double?
    public var windowDays: Int?
    public var oneToOne: Bool?

    public init(threshold: Double? = nil, windowDays: Int? = nil, oneToOne: Bool? = nil) {
        self.threshold = threshold
        self.windowDays = windowDays
        self.oneToOne = oneToOne
    }

    /// The aligner's options with these settings (the defaults where none is given).
    public var options: VNAlignment.AlignmentOptions {
        var o = VNAlignment.AlignmentOptions()
        if let threshold { o.threshold = threshold }
        if let windowDays { o.windowDays = windowDays }
        if let oneToOne { o.oneToOne = oneToOne }
        return o
    }

    /// Every setting given: these, or the defaults.
    var complete: ArchiveSettings {
        let o = options
        return ArchiveSettings(threshold: o.threshold, windowDays: o.windowDays, oneToOne: o.oneToOne)
    }

    /// The settings stored in `db`, nil before the first batch.
    static func stored(_ db: Database) throws -> ArchiveSettings? {
        let rows = try Row.fetchAll(db, sql: "SELECT name, value FROM setting")
        guard !rows.isEmpty else { return nil }
        var s = ArchiveSettings()
        for row in rows {
            let value: String = row["value"]
            switch row["name"] as String {
            case "threshold": s.threshold = Double(value)
            case "window-days": s.windowDays = Int(value)
            case "one-to-one": s.oneToOne = value == "true"
            default: break
            }
        }
        return s.complete
    }

    func store(_ db: Database) throws {
        let c = complete
        for (name, value) in [("threshold", "\(c.threshold!)"), ("window-days", "\(c.windowDays!)"), ("one-to-one", "\(c.oneToOne!)")] {
            try db.execute(sql: "INSERT OR REPLACE INTO setting (name, value) VALUES (?, ?)", arguments: [name, value])
        }
    }

    /// The settings given here that differ from `stored`, as `--option stored` phrases.
    func conflicts(with stored: ArchiveSettings) -> [String] {
        var out: [String] = []
        if let t = threshold, t != stored.threshold { out.append("--threshold \(stored.threshold!) (not \(t))") }
        if let w = windowDays, w != stored.windowDays { out.append("--window-days \(stored.windowDays!) (not \(w))") }
        if let o = oneToOne, o != stored.oneToOne { out.append(stored.oneToOne! ? "one-to-one (not --many)" : "--many") }
        return out
    }
}
