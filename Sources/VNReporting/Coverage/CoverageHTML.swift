import Foundation
import VNAlignment

/// The paired coverage as one self-contained HTML page: headline figures; charts of the coverage
/// per day, per outlet and per section (inline SVG with a table of the figures each); the pairs
/// (same-event and related) with titles, dates, scores and an explanation each; the unpaired
/// articles with their best candidate and why. The tables are drawn, a page at a time, by a
/// small inline script from the data embedded in the page (`CoveragePageData`), which also
/// filters (text, date range, verdict) and sorts them; the page loads nothing (its
/// Content-Security-Policy forbids it) and its bytes depend only on the report.
///
/// Every row of the pairs table carries `data-pair="EN_ID|VI_ID"` and `data-verdict`
/// (`same-event` or `related`); every row of the unpaired table `data-article="ID"`. With
/// "Rows per page: all" every pair is a row.
///
/// ```swift
/// let page = try CoverageHTML(report).render()
/// try page.write(toFile: "report.html", atomically: true, encoding: .utf8)
/// ```
public struct CoverageHTML: Sendable {
    public let report: CoverageReport
    /// Rows a table shows at once, at first (the reader can change it); 0 shows every row.
    public var pageSize = 100
    /// The most rows a table offers to show at once ("Rows per page: all").
    public static let allRowsLimit = 5_000

    public init(_ report: CoverageReport) {
        self.report = report
    }

    /// The page's style sheet and script, read from the module's resources.
    static func resource(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources/html") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(Bundle.module.bundlePath)/Resources/html/\(name)"])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The whole page.
    public func render() throws -> String {
        let style = try Self.resource("report.css"), script = try Self.resource("report.js")
        let views = report.pairViews()
        let all = views.pairs + views.related
        let withProbability = all.contains { $0.probability != nil }
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <meta name="generator" content="vnalign">
        <link rel="icon" href="data:,">
        <title>Paired coverage: \(report.summary.englishArticles) English and \(report.summary.vietnameseArticles) Vietnamese articles</title>
        <style>
        \(style)\(Self.cellLabels(table: "pair-table", headers: pairHeaders(withProbability).map(\.name)))\(Self.cellLabels(table: "unpaired-table", headers: Self.unpairedHeaders.map(\.name)))</style>
        <noscript><style>.pager,.filters,.status,table.listing{display:none}</style></noscript>
        </head>
        <body>
        <a class="skip" href="#pairs">Skip to the pairs</a>
        <header>
        <h1>Paired coverage</h1>
        <p>English and Vietnamese reports of the same events, as paired by vnalign (threshold \(report.threshold)).</p>
        </header>
        <main>

        """
        out += figures()
        out += timeCharts()
        out += groupCharts()
        out += pairsSection(all, withProbability: withProbability)
        out += unpairedSection()
        if !report.notes.isEmpty {
            out += "<section aria-labelledby=\"h-notes\">\n<h2 id=\"h-notes\">Notes</h2>\n<details><summary>\(report.notes.count) notes from reading the corpus (repairs, skipped articles)</summary>\n<ul class=\"notes\">\n"
            for note in report.notes { out += "<li>\(HTMLText.escape(note))</li>\n" }
            out += "</ul></details>\n</section>\n"
        }
        out += """
        </main>
        <footer><p>Made by vnalign. This page is one file: it loads nothing from the network.</p></footer>
        <script type="application/json" id="report-data">
        \(CoveragePageData(report: report, pairs: all).json())
        </script>
        <script>
        \(script)</script>
        </body>
        </html>

        """
        return out
    }

    // MARK: Sections

    func figures() -> String {
        let s = report.summary
        let dated = report.articles.filter { $0.date != nil }.count
        let undated = report.articles.count - dated
        var items: [(String, String, String?)] = [
            ("English articles", "\(s.englishArticles)", nil),
            ("Vietnamese articles", "\(s.vietnameseArticles)", nil),
            ("Same-event pairs", "\(s.pairs)", nil),
            ("English paired", "\(s.englishPaired)", "\(s.englishPairedPercent)%"),
            ("Vietnamese paired", "\(s.vietnamesePaired)", "\(s.vietnamesePairedPercent)%"),
            ("Related, refused", "\(s.related)", "share actors, another event"),
            ("English unpaired", "\(s.unpairedEnglish)", nil),
            ("Vietnamese unpaired", "\(s.unpairedVietnamese)", nil),
        ]
        if let first = report.days.first?.day, let last = report.days.last?.day {
            items.append(("Days with articles", "\(report.days.count)", first == last ? first : "\(first) to \(last)"))
        }
        if undated > 0 { items.append(("Articles without a date", "\(undated)", nil)) }
        var out = "<section aria-labelledby=\"h-figures\">\n<h2 id=\"h-figures\">Headline figures</h2>\n<dl class=\"figures\">\n"
        for (name, value, note) in items {
            out += "<div><dt>\(HTMLText.escape(name))</dt><dd>\(HTMLText.escape(value))\(note.map { " <small>\(HTMLText.escape($0))</small>" } ?? "")</dd></div>\n"
        }
        out += "</dl>\n<p>\(s.pairs) pairs: \(s.pairsSharingPeople) share people, \(s.pairsSharingDates) share dates, \(s.pairsSharingBodies) share numbered bodies, \(s.pairsSharingPlaces) share places. \(s.candidatesScored) candidates scored.</p>\n</section>\n"
        return out
    }

    func timeCharts() -> String {
        var out = "<section aria-labelledby=\"h-time\">\n<h2 id=\"h-time\">Coverage over time</h2>\n"
        guard !report.days.isEmpty else { return out + "<p>No article has a publication date.</p>\n</section>\n" }
        let note = "One bar per day on which articles were published; days without any are left out."
        var articles = SVGBarChart(id: "chart-articles", title: "Articles per day", valueName: "articles", categoryName: "day",
                                   series: [.init(name: "English"), .init(name: "Vietnamese")])
        articles.bars = report.days.map { .init(key: $0.day, values: [$0.englishArticles, $0.vietnameseArticles]) }
        articles.caption = note
        var pairs = SVGBarChart(id: "chart-pairs", title: "Same-event pairs per day", valueName: "pairs", categoryName: "day", series: [.init(name: "pairs")])
        pairs.bars = report.days.map { .init(key: $0.day, values: [$0.pairs]) }
        pairs.caption = "A pair counts on the earlier publication day of its two articles. " + note
        var unpaired = SVGBarChart(id: "chart-unpaired", title: "Unpaired articles per day", valueName: "articles", categoryName: "day",
                                   series: [.init(name: "English"), .init(name: "Vietnamese")])
        unpaired.bars = report.days.map { .init(key: $0.day, values: [$0.unpairedEnglish, $0.unpairedVietnamese]) }
        unpaired.caption = "Articles that no report in the other language was paired with. " + note
        out += "<div class=\"charts\" data-days=\"\(report.days.count)\">\n" + articles.render() + pairs.render() + unpaired.render() + "</div>\n"
        return out + "</section>\n"
    }

    func groupCharts() -> String {
        var out = ""
        for (id, heading, name, groups) in [("outlet", "Coverage by outlet", "outlet", report.outlets),
                                            ("section", "Coverage by section", "section", report.sections)] {
            out += "<section aria-labelledby=\"h-\(id)\">\n<h2 id=\"h-\(id)\">\(heading)</h2>\n"
            if groups.isEmpty {
                out += "<p>No article has a url that names its \(name).</p>\n</section>\n"
                continue
            }
            var chart = SVGBarChart(id: "chart-\(id)", title: "Articles per \(name), paired or not", valueName: "articles", categoryName: name,
                                    series: [.init(name: "in a same-event pair"), .init(name: "unpaired")])
            chart.layout = .rows
            chart.bars = groups.map { .init(key: $0.name, values: [$0.paired, $0.unpaired]) }
            chart.caption = id == "outlet" ? "The outlet is the host of the article's url (without www.)."
                : "The section is the first folder of the article's url (politics-laws in /politics-laws/story.html)."
            out += chart.render() + "</section>\n"
        }
        return out
    }

    /// A column of a listing: its heading and how it sorts.
    struct Column {
        let name: String
        /// `text`, `num` or `date`.
        let sort: String
    }

    func pairHeaders(_ withProbability: Bool) -> [Column] {
        [Column(name: "English article", sort: "text"), Column(name: "Vietnamese article", sort: "text"), Column(name: "Date", sort: "date"),
         Column(name: "Verdict", sort: "text")]
            + (withProbability ? [Column(name: "Probability", sort: "num"), Column(name: "Log-odds", sort: "num")] : [Column(name: "Score", sort: "num")])
            + [Column(name: "Shared evidence and conflicts", sort: "text")]
    }

    static let unpairedHeaders = [Column(name: "Article", sort: "text"), Column(name: "Language", sort: "text"), Column(name: "Date", sort: "date"),
                                  Column(name: "Best candidate", sort: "text"), Column(name: "Probability", sort: "num"), Column(name: "Why unpaired", sort: "text")]

    /// Labels that narrow screens show before each cell, where rows are laid out as cards.
    static func cellLabels(table: String, headers: [String]) -> String {
        var out = "@media (max-width: 720px) {\n"
        for (i, h) in headers.enumerated() {
            out += "#\(table) td:nth-child(\(i + 1))::before{content:\"\(h.replacingOccurrences(of: "\"", with: ""))\"}\n"
        }
        return out + "}\n"
    }

    func headerRow(_ columns: [Column]) -> String {
        var out = "<thead><tr>"
        for (i, c) in columns.enumerated() {
            out += "<th scope=\"col\" aria-sort=\"none\"\(c.sort == "num" ? " class=\"num\"" : "")><button type=\"button\" data-col=\"\(i)\" data-sort=\"\(c.sort)\">\(HTMLText.escape(c.name))<span class=\"arrow\" aria-hidden=\"true\"></span></button></th>"
        }
        return out + "</tr></thead>\n"
    }

    func pager(for listing: String, label: String, total: Int) -> String {
        var out = "<nav class=\"pager\" aria-label=\"\(HTMLText.attribute(label)) pages\" data-for=\"\(listing)\" data-size=\"\(pageSize)\">"
        out += "<button type=\"button\" data-page=\"prev\">Previous</button> <span class=\"page-of\">page 1 of \(pageSize > 0 ? max(1, (total + pageSize - 1) / pageSize) : 1)</span> <button type=\"button\" data-page=\"next\">Next</button> "
        out += "<label>Rows per page <select data-page=\"size\">"
        let sizes = Set([25, 100, 500, pageSize].filter { $0 > 0 && $0 < total }).sorted()
        for size in sizes { out += "<option value=\"\(size)\"\(size == pageSize ? " selected" : "")>\(size)</option>" }
        // Drawing tens of thousands of rows at once would stall the browser for seconds.
        if total <= Self.allRowsLimit || pageSize == 0 { out += "<option value=\"0\"\(pageSize == 0 || pageSize >= total ? " selected" : "")>all</option>" }
        out += "</select></label></nav>\n"
        return out
    }

    func status(id: String, total: Int, noun: String) -> String {
        let shown = pageSize > 0 ? min(total, pageSize) : total
        return "<p class=\"status\" id=\"\(id)\" role=\"status\" data-matching=\"\(total)\" data-total=\"\(total)\">Showing \(total == 0 ? 0 : 1)–\(shown) of \(total) \(noun).</p>\n"
    }

    func pairsSection(_ all: [PairView], withProbability: Bool) -> String {
        let days = report.days.map(\.day)
        let range = days.first.map { " min=\"\($0)\" max=\"\(days.last!)\"" } ?? ""
        var out = "<section id=\"pairs\" aria-labelledby=\"h-pairs\">\n<h2 id=\"h-pairs\">Pairs</h2>\n"
        out += "<p>Same-event pairs (\(report.summary.pairs)) and related pairs that were refused (\(report.summary.related)): they share actors but report another event. Open a pair's explanation for the evidence it shares, by weight, and the conflicts that count against it.</p>\n"
        out += "<noscript><p>The tables of pairs and unpaired articles are drawn by this page's script: turn JavaScript on, or read them in the JSON or CSV report (<code>vnalign report --format json</code>).</p></noscript>\n"
        out += "<form class=\"filters\" id=\"filters\" role=\"search\" aria-label=\"Filter the pairs and unpaired articles\">\n"
        out += "<div><label for=\"f-text\">Text</label><input type=\"search\" id=\"f-text\" name=\"text\" placeholder=\"title, id, person, place\" autocomplete=\"off\"></div>\n"
        out += "<div><label for=\"f-from\">From</label><input type=\"date\" id=\"f-from\" name=\"from\"\(range)></div>\n"
        out += "<div><label for=\"f-to\">To</label><input type=\"date\" id=\"f-to\" name=\"to\"\(range)></div>\n"
        out += "<div><label for=\"f-verdict\">Verdict</label><select id=\"f-verdict\" name=\"verdict\"><option value=\"\">all</option><option value=\"same-event\">same event</option><option value=\"related\">related, refused</option></select></div>\n"
        out += "<div><button type=\"reset\">Clear filters</button></div>\n</form>\n"
        out += status(id: "pairs-status", total: all.count, noun: "pairs")
        out += "<div class=\"table-wrap\"><table class=\"listing\" id=\"pair-table\" data-status=\"pairs-status\" data-noun=\"pairs\">\n"
        out += "<caption>Pairs: English and Vietnamese article, date, verdict, probability that they report one event and what they share. Sort by a column with its heading's button.</caption>\n"
        out += headerRow(pairHeaders(withProbability)) + "<tbody></tbody></table></div>\n"
        out += pager(for: "pair-table", label: "Pairs", total: all.count)
        return out + "</section>\n"
    }

    func unpairedSection() -> String {
        var out = "<section id=\"unpaired\" aria-labelledby=\"h-unpaired\">\n<h2 id=\"h-unpaired\">Unpaired articles</h2>\n"
        out += "<p>Articles no report in the other language was paired with, with their best candidate and why it was refused. The text and date filters above apply here too.</p>\n"
        out += status(id: "unpaired-status", total: report.unpaired.count, noun: "articles")
        out += "<div class=\"table-wrap\"><table class=\"listing\" id=\"unpaired-table\" data-status=\"unpaired-status\" data-noun=\"articles\">\n"
        out += "<caption>Unpaired articles: the article, its language and date, its best candidate, the probability that the two report one event, and why the candidate was refused.</caption>\n"
        out += headerRow(Self.unpairedHeaders) + "<tbody></tbody></table></div>\n"
        out += pager(for: "unpaired-table", label: "Unpaired articles", total: report.unpaired.count)
        return out + "</section>\n"
    }
}
