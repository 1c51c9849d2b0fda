import Foundation
import VNAlignment
import VNFeatures

/// The paired coverage of a corpus: articles per language, paired and unpaired counts, what the
/// pairs share, the pairs, the related-but-refused list and the unpaired lists.
///
/// ```swift
/// let report = CoverageReport(result: aligner.align(features), features: features)
/// print(report.text())
/// ```
public struct CoverageReport: Sendable, Codable {
    public struct Summary: Sendable, Codable {
        public let englishArticles: Int
        public let vietnameseArticles: Int
        public let pairs: Int
        public let englishPaired: Int
        public let vietnamesePaired: Int
        public let englishPairedPercent: Double
        public let vietnamesePairedPercent: Double
        public let related: Int
        public let unpairedEnglish: Int
        public let unpairedVietnamese: Int
        public let pairsSharingPeople: Int
        public let pairsSharingDates: Int
        public let pairsSharingBodies: Int
        public let pairsSharingPlaces: Int
        public let candidatesScored: Int
    }

    public let summary: Summary
    public let pairs: [Aligner.Pair]
    public let related: [Aligner.Pair]
    public let unpaired: [Aligner.Unpaired]
    /// Corpus problems skipped with `--skip-bad`, and repairs made while reading.
    public var notes: [String]
    public let threshold: Double

    public init(result: Aligner.Result, notes: [String] = []) {
        let pairs = result.pairs
        func sharing(_ types: Set<String>) -> Int { pairs.filter { $0.score.shared.contains { types.contains($0.type) } }.count }
        func percent(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : (Double(a) / Double(b) * 1000).rounded() / 10 }
        let enPaired = Set(pairs.map(\.score.en)).count, viPaired = Set(pairs.map(\.score.vi)).count
        summary = Summary(englishArticles: result.englishCount, vietnameseArticles: result.vietnameseCount, pairs: pairs.count,
                          englishPaired: enPaired, vietnamesePaired: viPaired,
                          englishPairedPercent: percent(enPaired, result.englishCount), vietnamesePairedPercent: percent(viPaired, result.vietnameseCount),
                          related: result.related.count,
                          unpairedEnglish: result.unpaired.filter { $0.lang == "en" }.count,
                          unpairedVietnamese: result.unpaired.filter { $0.lang == "vi" }.count,
                          pairsSharingPeople: sharing(["person"]), pairsSharingDates: sharing(["day", "month"]),
                          pairsSharingBodies: sharing(["body"]), pairsSharingPlaces: sharing(["place"]),
                          candidatesScored: result.candidatesScored)
        self.pairs = pairs
        related = result.related
        unpaired = result.unpaired
        self.notes = notes
        threshold = result.options.threshold
    }

    static func shared(_ p: PairScore, limit: Int = 4) -> String {
        p.shared.sorted { ($0.weight, $1.display) > ($1.weight, $0.display) }.prefix(limit).map { "\($0.display)" }.joined(separator: "; ")
    }

    /// Articles, paired and unpaired per language.
    func summaryTable() -> TextTable {
        let s = summary
        var t = TextTable(headers: ["", "English", "Vietnamese"])
        t.add(["articles", "\(s.englishArticles)", "\(s.vietnameseArticles)"])
        t.add(["paired", "\(s.englishPaired) (\(s.englishPairedPercent)%)", "\(s.vietnamesePaired) (\(s.vietnamesePairedPercent)%)"])
        t.add(["unpaired", "\(s.unpairedEnglish)", "\(s.unpairedVietnamese)"])
        return t
    }

    /// What the pairs share, in one sentence.
    func sharingLine() -> String {
        let s = summary
        return "\(s.pairs) pairs: \(s.pairsSharingPeople) share people, \(s.pairsSharingDates) share dates, \(s.pairsSharingBodies) share numbered bodies, \(s.pairsSharingPlaces) share places."
    }

    /// For a terminal: summary, then aligned tables.
    public func text() -> String {
        var out = "Paired coverage (threshold \(threshold))\n\n"
        out += summaryTable().render() + "\n\n"
        out += sharingLine() + " \(summary.related) related pairs refused. \(summary.candidatesScored) candidates scored.\n\n"
        var pairTable = TextTable(headers: ["en", "vi", "probability", "shared evidence"])
        pairTable.maxWidth = 70
        for p in pairs { pairTable.add([p.score.en, p.score.vi, String(format: "%.3f", p.score.probability), Self.shared(p.score)]) }
        out += "Same-event pairs\n" + pairTable.render() + "\n\n"
        var relatedTable = TextTable(headers: ["en", "vi", "probability", "why refused"])
        relatedTable.maxWidth = 90
        for p in related {
            let why = p.score.conflicts.isEmpty ? "probability under threshold" : p.score.conflicts.map(\.reason).joined(separator: "; ")
            relatedTable.add([p.score.en, p.score.vi, String(format: "%.3f", p.score.probability), why])
        }
        out += "Related, refused\n" + (related.isEmpty ? "(none)" : relatedTable.render()) + "\n\n"
        for lang in ["en", "vi"] {
            var t = TextTable(headers: ["id", "best candidate", "probability", "why unpaired"])
            t.maxWidth = 90
            for u in unpaired where u.lang == lang {
                t.add([u.id, u.bestCandidate ?? "-", u.bestProbability.map { String(format: "%.3f", $0) } ?? "-", u.reason])
            }
            out += "Unpaired \(lang == "en" ? "English" : "Vietnamese")\n" + (t.rows.isEmpty ? "(none)" : t.render()) + "\n\n"
        }
        if !notes.isEmpty { out += "Notes\n" + notes.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        return out
    }

    /// Markdown for a document or an issue.
    public func markdown() -> String {
        var out = "# Paired coverage\n\n"
        out += summaryTable().markdown() + "\n"
        out += sharingLine() + "\n\n## Same-event pairs\n\n"
        var p = TextTable(headers: ["en", "vi", "probability", "shared evidence"])
        for x in pairs { p.add([x.score.en, x.score.vi, String(format: "%.3f", x.score.probability), Self.shared(x.score)]) }
        out += p.markdown() + "\n## Related, refused\n\n"
        var r = TextTable(headers: ["en", "vi", "probability", "why refused"])
        for x in related { r.add([x.score.en, x.score.vi, String(format: "%.3f", x.score.probability), x.score.conflicts.map(\.reason).joined(separator: "; ")]) }
        out += r.markdown() + "\n## Unpaired\n\n"
        var u = TextTable(headers: ["id", "lang", "best candidate", "why unpaired"])
        for x in unpaired { u.add([x.id, x.lang, x.bestCandidate ?? "-", x.reason]) }
        out += u.markdown()
        if !notes.isEmpty { out += "\n## Notes\n\n" + notes.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        return out
    }

    /// One line per pair, related and unpaired included.
    public func csv() -> String {
        var lines = [CSV.line(["en_id", "vi_id", "verdict", "probability", "shared", "conflicts"])]
        for p in pairs + related {
            lines.append(CSV.line([p.score.en, p.score.vi, p.verdict.rawValue, String(format: "%.3f", p.score.probability),
                                   p.score.shared.map(\.display).joined(separator: "; "), p.score.conflicts.map(\.reason).joined(separator: "; ")]))
        }
        for u in unpaired {
            lines.append(CSV.line([u.lang == "en" ? u.id : "", u.lang == "vi" ? u.id : "", "unpaired", u.bestProbability.map { String(format: "%.3f", $0) } ?? "", "", u.reason]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
