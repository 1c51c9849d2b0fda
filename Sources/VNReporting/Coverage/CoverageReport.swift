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
    /// Every article the report names, by id: headline, date, url, outlet, section.
    public let articles: [ArticleLabel]
    /// Articles, pairs and unpaired articles per publication day.
    public let days: [DayCoverage]
    /// Articles per outlet (the url's host), the largest first.
    public let outlets: [GroupCoverage]
    /// Articles per section (the url's first folder), the largest first.
    public let sections: [GroupCoverage]

    /// The report of an alignment; `articles` (the corpus read) gives each id its headline,
    /// date and url.
    public init(result: Aligner.Result, articles: [ArticleLabel] = [], notes: [String] = []) {
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
        let labels = articles.sorted { $0.id < $1.id }
        self.articles = labels
        let lookup = Dictionary(labels.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let views = (pairs + result.related).map { PairView($0, labels: lookup) }
        days = DayCoverage.days(labels: labels, pairs: views, unpaired: result.unpaired)
        let paired = Set(pairs.flatMap { [$0.score.en, $0.score.vi] })
        outlets = GroupCoverage.groups(labels, by: \.outlet, paired: paired)
        sections = GroupCoverage.groups(labels, by: \.section, paired: paired)
    }

    /// The label of each article by id.
    public var labels: [String: ArticleLabel] {
        Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The same-event pairs, then the related ones, as the renderers show them.
    public func pairViews() -> (pairs: [PairView], related: [PairView]) {
        let labels = labels
        return (pairs.map { PairView($0, labels: labels) }, related.map { PairView($0, labels: labels) })
    }

    /// The label of an article by id (a bare id when the corpus did not describe it).
    func label(_ id: String, in labels: [String: ArticleLabel]) -> ArticleLabel {
        labels[id] ?? ArticleLabel(unknown: id)
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

    /// For a terminal: summary, then aligned tables; each article is shown as its id and the
    /// start of its headline.
    public func text() -> String {
        let views = pairViews(), labels = labels
        let named = { (label: ArticleLabel) in "\(label.id) \(label.headline)" }
        let figure = Self.figure(views.pairs + views.related)
        func makePairTable(_ last: String) -> TextTable {
            var t = TextTable(headers: ["en", "vi", figure.name, last])
            t.maxWidth = 90
            t.widths = [0: 46, 1: 46]
            return t
        }
        func figures(_ p: PairView) -> [String] { [figure.value(p)] }
        var out = "Paired coverage (threshold \(threshold))\n\n"
        out += summaryTable().render() + "\n\n"
        out += sharingLine() + " \(summary.related) related pairs refused. \(summary.candidatesScored) candidates scored.\n\n"
        var pairTable = makePairTable("shared evidence")
        pairTable.widths[pairTable.headers.count - 1] = 50
        for p in views.pairs { pairTable.add([named(p.en), named(p.vi)] + figures(p) + [p.evidenceLine()]) }
        out += "Same-event pairs\n" + pairTable.render() + "\n\n"
        var relatedTable = makePairTable("why refused")
        for p in views.related { relatedTable.add([named(p.en), named(p.vi)] + figures(p) + [p.refusal]) }
        out += "Related, refused\n" + (views.related.isEmpty ? "(none)" : relatedTable.render()) + "\n\n"
        for lang in ["en", "vi"] {
            var t = TextTable(headers: ["article", "best candidate", "probability", "why unpaired"])
            t.maxWidth = 90
            t.widths = [0: 46, 1: 46]
            for u in unpaired where u.lang == lang {
                t.add([named(label(u.id, in: labels)), u.bestCandidate.map { named(label($0, in: labels)) } ?? "-",
                       u.bestProbability.map { String(format: "%.3f", $0) } ?? "-", u.reason])
            }
            out += "Unpaired \(lang == "en" ? "English" : "Vietnamese")\n" + (t.rows.isEmpty ? "(none)" : t.render()) + "\n\n"
        }
        if !notes.isEmpty { out += "Notes\n" + notes.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        return out
    }

    /// Markdown for a document or an issue; each article is shown as its id and its headline,
    /// linked to its url.
    public func markdown() -> String {
        let views = pairViews(), labels = labels
        let figure = Self.figure(views.pairs + views.related)
        func named(_ label: ArticleLabel) -> String {
            let headline = MarkdownText.escape(label.headline)
            return "`\(label.id)` " + (label.linkableURL.map { "[\(headline)](\(MarkdownText.escapeURL($0)))" } ?? headline)
        }
        func row(_ p: PairView, _ last: String) -> [String] { [named(p.en), named(p.vi), figure.value(p), last] }
        let figures = [figure.name]
        var out = "# Paired coverage\n\n"
        out += summaryTable().markdown() + "\n"
        out += sharingLine() + "\n\n## Same-event pairs\n\n"
        var p = TextTable(headers: ["en", "vi"] + figures + ["shared evidence"])
        for x in views.pairs { p.add(row(x, x.evidenceLine())) }
        out += p.markdown() + "\n## Related, refused\n\n"
        var r = TextTable(headers: ["en", "vi"] + figures + ["why refused"])
        for x in views.related { r.add(row(x, x.refusal)) }
        out += r.markdown() + "\n## Unpaired\n\n"
        var u = TextTable(headers: ["article", "lang", "best candidate", "why unpaired"])
        for x in unpaired {
            u.add([named(label(x.id, in: labels)), x.lang, x.bestCandidate.map { named(label($0, in: labels)) } ?? "-", x.reason])
        }
        out += u.markdown()
        if !notes.isEmpty { out += "\n## Notes\n\n" + notes.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        return out
    }

    /// The figure the text and Markdown reports give for each pair: its probability (three
    /// places), or its score when the scorer gives no probability.
    static func figure(_ pairs: [PairView]) -> (name: String, value: (PairView) -> String) {
        if pairs.contains(where: { $0.probability == nil }) {
            return ("score", { String(format: "%.2f", $0.score) })
        }
        return ("probability", { String(format: "%.3f", $0.probability ?? 0) })
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
