import Foundation
import Testing
@testable import VNAlignment
import VNCorpus
import VNFeatures
@testable import VNReporting

/// The paired-coverage report as a reader sees it: titles next to ids in every human format, a
/// JSON report that only gains fields, and an HTML page that is self-contained, deterministic,
/// safe with any corpus text, and countable by scripts.
@Suite("Coverage report: titles, JSON, HTML")
struct CoverageReportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The development part of the fixture corpus, read, extracted and aligned.
    static func devReport() -> (report: CoverageReport, articles: [Article], result: Aligner.Result) {
        let articles = CorpusReader().read(paths: [root.appendingPathComponent("Fixtures/corpus/dev").path]).articles
        let evidence = articles.map { ArticleEvidence(FeatureExtractor.extract($0)) }.sorted { $0.id < $1.id }
        // Two short articles carry less evidence than a corpus pair: a low threshold pairs them
        // whatever the model's weights.
        var options = AlignmentOptions()
        options.threshold = 0.01
        let result = Aligner(options: options).align(evidence: evidence)
        return (CoverageReport(result: result, articles: articles.map(ArticleLabel.init)), articles, result)
    }

    static let dev = devReport()

    /// Two articles, one per language, reporting the same event, with the given titles and urls.
    static func pairReport(enTitle: String?, viTitle: String?, enURL: String?, viURL: String?) -> CoverageReport {
        let en = Article(id: "en-1", language: .english, text: """
            HANOI - Party General Secretary To Lam received Lao President Thongloun Sisoulith in Hanoi on March 21, 2025, \
            and the two leaders agreed to deepen the special relationship between the two parties and states.
            """, title: enTitle, date: CalendarDate(iso: "2025-03-21"), url: enURL)
        let vi = Article(id: "vi-1", language: .vietnamese, text: """
            HÀ NỘI - Ngày 21/3/2025, Tổng Bí thư Tô Lâm đã tiếp Chủ tịch nước Lào Thongloun Sisoulith tại Hà Nội, \
            hai nhà lãnh đạo nhất trí làm sâu sắc hơn nữa quan hệ đặc biệt giữa hai Đảng, hai Nhà nước.
            """, title: viTitle, date: CalendarDate(iso: "2025-03-22"), url: viURL)
        let evidence = [en, vi].map { ArticleEvidence(FeatureExtractor.extract($0)) }
        // Two short articles carry less evidence than a corpus pair: a low threshold pairs them
        // whatever the model's weights.
        var options = AlignmentOptions()
        options.threshold = 0.01
        let result = Aligner(options: options).align(evidence: evidence)
        return CoverageReport(result: result, articles: [en, vi].map(ArticleLabel.init))
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    // MARK: Titles

    @Test("An article without a title is known by its first twelve words; whitespace runs read as one space")
    func opening() {
        let article = Article(id: "vi-9", language: .vietnamese, text: "  Sáng   21/3,\n\nTổng Bí thư Tô Lâm tiếp đoàn đại biểu cấp cao Đảng Nhân dân Cách mạng Lào.")
        #expect(article.headline == "Sáng 21/3, Tổng Bí thư Tô Lâm tiếp đoàn đại biểu cấp …")
        #expect(Article(id: "x", language: .english, text: "Three short words").headline == "Three short words")
        #expect(Article(id: "x", language: .english, text: "Body text", title: "  ").headline == "Body text")
        #expect(Article(id: "x", language: .english, text: "Body text", title: "The title").headline == "The title")
    }

    @Test("The outlet is the url's host without www.; the section its first folder, unless a number")
    func urlPlaces() {
        let reuters = ArticleLabel(id: "en-1", lang: "en", title: nil, headline: "h", date: nil, url: "https://www.Reuters.example/world/asia-pacific/story-2024/")
        #expect(reuters.outlet == "reuters.example")
        #expect(reuters.section == "world")
        let numbered = ArticleLabel(id: "en-2", lang: "en", title: nil, headline: "h", date: nil, url: "https://vietnamnews.example/1555310/story.html")
        #expect(numbered.outlet == "vietnamnews.example")
        #expect(numbered.section == nil)
        let flat = ArticleLabel(id: "en-3", lang: "en", title: nil, headline: "h", date: nil, url: "https://wire.example/story")
        #expect(flat.section == nil)
        let script = ArticleLabel(id: "en-4", lang: "en", title: nil, headline: "h", date: nil, url: "javascript:alert(1)")
        #expect(script.outlet == nil)
        #expect(script.linkableURL == nil)
        #expect(reuters.linkableURL != nil)
    }

    @Test("The text report names each article by its id and the start of its headline")
    func textTitles() throws {
        let (report, articles, _) = Self.dev
        let text = report.text()
        let pair = try #require(report.pairs.first)
        let en = try #require(articles.first { $0.id == pair.score.en })
        #expect(text.contains("\(en.id) \(en.headline.prefix(20))"))
        let untitled = try #require(articles.first { $0.title == nil })
        #expect(text.contains("\(untitled.id) \(untitled.opening.prefix(20))"))
    }

    @Test("The Markdown report links each headline to its url and escapes Markdown in titles")
    func markdownTitles() {
        let report = Self.pairReport(enTitle: "*Lao* [leader] visits", viTitle: "Tổng Bí thư tiếp Chủ tịch nước Lào",
                                     enURL: "https://a.example/politics/lao visit (1)", viURL: "javascript:alert(1)")
        let markdown = report.markdown()
        #expect(markdown.contains("`en-1` [\\*Lao\\* \\[leader\\] visits](https://a.example/politics/lao%20visit%20%281%29)"))
        #expect(markdown.contains("`vi-1` Tổng Bí thư tiếp Chủ tịch nước Lào"))
        #expect(!markdown.contains("javascript:"))
    }

    // MARK: JSON

    @Test("The JSON report keeps every field it had, unchanged by the articles, and gains articles, days, outlets, sections")
    func jsonOnlyGains() throws {
        let (report, _, result) = Self.dev
        let bare = CoverageReport(result: result, articles: [], notes: report.notes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let full = try #require(try JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any])
        let old = try #require(try JSONSerialization.jsonObject(with: encoder.encode(bare)) as? [String: Any])
        let had = ["summary", "pairs", "related", "unpaired", "notes", "threshold"]
        #expect(Set(full.keys) == Set(had + ["articles", "days", "outlets", "sections"]))
        for key in had {
            let a = try JSONSerialization.data(withJSONObject: full[key]!, options: [.sortedKeys, .fragmentsAllowed])
            let b = try JSONSerialization.data(withJSONObject: old[key]!, options: [.sortedKeys, .fragmentsAllowed])
            #expect(a == b, "field \(key) changed")
        }
        let articles = try #require(full["articles"] as? [[String: Any]])
        #expect(articles.count == report.summary.englishArticles + report.summary.vietnameseArticles)
        #expect(articles.allSatisfy { ($0["headline"] as? String).map { !$0.isEmpty } ?? false })
    }

    @Test("Days count each article on its publication day and each pair on the earlier day of its two")
    func days() throws {
        let (report, articles, _) = Self.dev
        let dated = articles.filter { $0.date != nil }
        #expect(report.days.map(\.day) == Set(dated.map { $0.date!.description }).sorted())
        #expect(report.days.reduce(0) { $0 + $1.englishArticles + $1.vietnameseArticles } == dated.count)
        let two = Self.pairReport(enTitle: "a", viTitle: "b", enURL: nil, viURL: nil)
        #expect(two.pairs.count == 1)
        #expect(two.days.map(\.day) == ["2025-03-21", "2025-03-22"])
        #expect(two.days.map(\.pairs) == [1, 0])
    }

    // MARK: HTML

    /// The data the page's script draws its tables from, parsed.
    static func pageData(_ page: String) throws -> [String: Any] {
        let open = "<script type=\"application/json\" id=\"report-data\">"
        let start = try #require(page.range(of: open))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = Data(page[start.upperBound..<end.lowerBound].utf8)
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    @Test("The page's data holds every same-event and related pair, in the report's order, by its two articles")
    func pairData() throws {
        let (report, _, _) = Self.dev
        let data = try Self.pageData(try CoverageHTML(report).render())
        let articles = try #require(data["articles"] as? [[Any]])
        let pairs = try #require(data["pairs"] as? [[Any]])
        let ids = articles.map { $0[0] as? String ?? "" }
        #expect(Set(ids).count == ids.count, "each article once")
        let keys = pairs.map { "\(ids[$0[0] as! Int])|\(ids[$0[1] as! Int])|\($0[2] as! Int)" }
        #expect(keys == (report.pairs + report.related).map { "\($0.score.en)|\($0.score.vi)|\($0.verdict == .sameEvent ? 0 : 1)" })
        #expect((data["unpaired"] as? [[Any]])?.count == report.unpaired.count)
        #expect((data["days"] as? [String]) == report.days.map(\.day))
    }

    @Test("The page's data lists each pair's shared evidence heaviest first, and its conflicts with their reasons")
    func explanationData() throws {
        let (report, _, _) = Self.dev
        let data = try Self.pageData(try CoverageHTML(report).render())
        let strings = try #require(data["strings"] as? [String])
        let pairs = try #require(data["pairs"] as? [[Any]])
        let views = report.pairViews()
        for (row, view) in zip(pairs, views.pairs + views.related) {
            let shared = try #require(row[7] as? [Double])
            let weights = stride(from: 2, to: shared.count, by: 3).map { shared[$0] }
            #expect(weights == weights.sorted(by: >))
            #expect(weights.count == view.evidence.count)
            let conflicts = try #require(row[8] as? [Double])
            let reasons = stride(from: 1, to: conflicts.count, by: 3).map { strings[Int(conflicts[$0])] }
            #expect(reasons == view.conflicts.map(\.reason))
        }
        #expect(views.related.contains { !$0.conflicts.isEmpty })
    }

    @Test("Each per-day chart has one bar per publication day; each chart has a table of its figures")
    func chartBars() throws {
        let (report, _, _) = Self.dev
        let page = try CoverageHTML(report).render()
        for id in ["chart-articles", "chart-pairs", "chart-unpaired"] {
            let start = try #require(page.range(of: "<figure class=\"chart\" id=\"\(id)\">"))
            let figure = page[start.lowerBound...].prefix { _ in true }
            let end = try #require(figure.range(of: "</figure>"))
            let chart = String(figure[..<end.lowerBound])
            #expect(Self.count("<g class=\"bar\"", in: chart) == report.days.count)
            #expect(chart.contains("role=\"img\""))
            #expect(Self.count("<tr><th scope=\"row\">", in: chart) == report.days.count)
        }
    }

    @Test("The page is the same, byte for byte, for the same corpus")
    func deterministic() throws {
        let first = try CoverageHTML(Self.dev.report).render()
        let second = try CoverageHTML(Self.devReport().report).render()
        #expect(first == second)
    }

    @Test("The page loads nothing: no src, no style sheet or script link, a policy that forbids loading")
    func selfContained() throws {
        let page = try CoverageHTML(Self.dev.report).render()
        #expect(!page.contains(" src="))
        #expect(!page.contains("@import"))
        #expect(!page.contains("url(http"))
        #expect(Self.count("<link ", in: page) == 1 && page.contains("<link rel=\"icon\" href=\"data:,\">"))
        #expect(page.contains("content=\"default-src 'none'"))
        let hrefs = page.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(hrefs.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("data:") })
        #expect(Self.count("<script", in: page) == 2 && Self.count("</script>", in: page) == 2)
    }

    @Test("Corpus text cannot break out of the page: markup is escaped in the HTML and in the data, a javascript: url is dropped")
    func hostileText() throws {
        let report = Self.pairReport(enTitle: "<script>alert(1)</script> & \"quotes\"", viTitle: "<img onerror=x>",
                                     enURL: "https://a.example/x\"onmouseover=\"alert(1)", viURL: "javascript:alert(1)")
        let page = try CoverageHTML(report).render()
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("javascript:"))
        #expect(Self.count("</script>", in: page) == 2)
        let data = try Self.pageData(page)
        let articles = try #require(data["articles"] as? [[Any]])
        #expect(articles.map { $0[2] as? String } == ["<script>alert(1)</script> & \"quotes\"", "<img onerror=x>"])
        #expect(articles.map { $0[5] as? String } == ["https://a.example/x\"onmouseover=\"alert(1)", ""])
        #expect(HTMLText.escape("a\u{0}b\u{85}c\u{7}<") == "abc&lt;")
        #expect(JSONText.string("</script>\u{2028}") == "\"\\u003c/script\\u003e\\u2028\"")
    }

    @Test("The probability column is there when the scorer gives a probability, and only then")
    func probabilityColumn() throws {
        let report = Self.pairReport(enTitle: "a", viTitle: "b", enURL: nil, viURL: nil)
        let html = CoverageHTML(report)
        let page = try html.render()
        let pair = try #require(report.pairViews().pairs.first)
        let probability = try #require(pair.probability)
        #expect(page.contains(">Probability<"))
        #expect(try Self.pageData(page)["probability"] as? Bool == true)
        #expect(report.text().contains(String(format: "%.3f", probability)))
        let unsure = PairView(en: pair.en, vi: pair.vi, verdict: pair.verdict, score: pair.score, evidenceScore: pair.evidenceScore,
                              probability: nil, evidence: pair.evidence, conflicts: pair.conflicts)
        #expect(!html.pairHeaders(false).map(\.name).contains("Probability"))
        let data = CoveragePageData(report: report, pairs: [unsure]).json()
        #expect(data.contains("\"probability\":false"))
        #expect(CoverageReport.figure([unsure]).name == "score")
        #expect(CoverageReport.figure([pair]).name == "probability")
    }

    @Test("Chart ticks are round numbers; coordinates have at most one decimal")
    func chartScale() {
        #expect(SVGBarChart.tickStep(3) == 1)
        #expect(SVGBarChart.tickStep(9) == 5)
        #expect(SVGBarChart.tickStep(37) == 10)
        #expect(SVGBarChart.tickStep(180) == 50)
        var chart = SVGBarChart(id: "c", title: "T", valueName: "articles", categoryName: "day", series: [.init(name: "A"), .init(name: "B")])
        chart.bars = [.init(key: "2025-01-01", values: [1, 2]), .init(key: "2025-01-02", values: [0, 0])]
        let svg = chart.render()
        #expect(Self.count("<g class=\"bar\"", in: svg) == 2)
        #expect(svg.contains("<title>2025-01-01: 1 A, 2 B</title>"))
        #expect(svg.contains("2 days; articles in all: 1 A, 2 B. Most: 2025-01-01 (3)."))
        #expect(svg.range(of: "=\"[0-9]+\\.[0-9]{2,}\"", options: .regularExpression) == nil)
    }
}
