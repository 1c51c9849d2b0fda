import VNAlignment

/// The pairs and unpaired articles of a report as the HTML page's script reads them: one JSON
/// object, embedded in the page, that names each article and each repeated string once.
///
/// ```
/// {"articles": [[id, lang, headline, titled (0/1), date, url, outlet], ...],
///  "strings":  [feature kinds, displays and reasons, each once],
///  "days":     [publication days, in order],
///  "probability": false,
///  "pairs":    [[en, vi, related (0/1), day, log-odds, evidence, probability (null: none),
///                [kind, display, weight, ...], [kind, reason, penalty, ...]], ...],
///  "unpaired": [[article, best candidate (-1: none), its probability (null: none), reason], ...]}
/// ```
///
/// Articles, strings and days are indices into their arrays; `date`, `url` and `outlet` are ""
/// when unknown, `day` is -1 for a pair without dates, `url` is only an http(s) url.
///
/// ```swift
/// let json = CoveragePageData(report: report, pairs: views.pairs + views.related).json()
/// ```
public struct CoveragePageData: Sendable {
    public let report: CoverageReport
    public let pairs: [PairView]

    public init(report: CoverageReport, pairs: [PairView]) {
        self.report = report
        self.pairs = pairs
    }

    /// Indices given in order of first use.
    struct Interner {
        var indices: [String: Int] = [:]
        var values: [String] = []
        mutating func index(_ value: String) -> Int {
            if let i = indices[value] { return i }
            indices[value] = values.count
            values.append(value)
            return values.count - 1
        }
    }

    public func json() -> String {
        var articles = Interner(), strings = Interner()
        var labels: [ArticleLabel] = []
        func article(_ label: ArticleLabel) -> Int {
            let before = articles.values.count
            let i = articles.index(label.id)
            if i == before { labels.append(label) }
            return i
        }
        for label in report.articles { _ = article(label) }
        let known = report.labels
        let days = Dictionary(report.days.enumerated().map { ($1.day, $0) }, uniquingKeysWith: { first, _ in first })
        let n = { (v: Double) in JSONText.number(v) }
        var pairRows: [String] = []
        pairRows.reserveCapacity(pairs.count)
        for p in pairs {
            var row = "[\(article(p.en)),\(article(p.vi)),\(p.verdict == .sameEvent ? 0 : 1),\(p.day.flatMap { days[$0] } ?? -1),"
            row += "\(n(p.score)),\(n(p.evidenceScore)),\(p.probability.map { JSONText.number($0, decimals: 4) } ?? "null"),["
            row += p.evidence.map { "\(strings.index($0.kind)),\(strings.index($0.display)),\(n($0.weight))" }.joined(separator: ",")
            row += "],["
            row += p.conflicts.map { "\(strings.index($0.kind)),\(strings.index($0.reason)),\(n($0.penalty))" }.joined(separator: ",")
            pairRows.append(row + "]]")
        }
        var unpairedRows: [String] = []
        for u in report.unpaired.sorted(by: { ($0.lang, $0.id) < ($1.lang, $1.id) }) {
            let own = article(known[u.id] ?? ArticleLabel(unknown: u.id))
            let candidate = u.bestCandidate.map { article(known[$0] ?? ArticleLabel(unknown: $0)) } ?? -1
            unpairedRows.append("[\(own),\(candidate),\(u.bestProbability.map { JSONText.number($0, decimals: 4) } ?? "null"),\(strings.index(u.reason))]")
        }
        let articleRows = labels.map { l in
            "[\(JSONText.string(l.id)),\"\(l.lang == "vi" ? "vi" : "en")\",\(JSONText.string(l.headline)),\(l.title == nil ? 0 : 1),"
                + "\(JSONText.string(l.date ?? "")),\(JSONText.string(l.linkableURL ?? "")),\(JSONText.string(l.outlet ?? ""))]"
        }
        var out = "{\"articles\":[\n" + articleRows.joined(separator: ",\n") + "],\n"
        out += "\"strings\":[" + strings.values.map(JSONText.string).joined(separator: ",") + "],\n"
        out += "\"days\":[" + report.days.map { JSONText.string($0.day) }.joined(separator: ",") + "],\n"
        out += "\"probability\":\(pairs.contains { $0.probability != nil }),\n"
        out += "\"pairs\":[\n" + pairRows.joined(separator: ",\n") + "],\n"
        out += "\"unpaired\":[\n" + unpairedRows.joined(separator: ",\n") + "]}"
        return out
    }
}
