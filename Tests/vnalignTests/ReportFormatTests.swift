import Foundation
import Testing

/// `vnalign report --format html` as a user runs it.
@Suite("report --format html")
struct ReportFormatTests {
    @Test("--format html --output writes one page naming every pair of the JSON report")
    func html() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vnalign-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let written = try CommandLineTests.run(["report", "Fixtures/corpus/dev/seeds", "--format", "html", "--output", page.path, "--quiet"])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        let json = try CommandLineTests.run(["report", "Fixtures/corpus/dev/seeds", "--format", "json", "--quiet"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let related = try #require(report["related"] as? [[String: Any]])
        #expect(related.count == 1)
        let articles = try #require(report["articles"] as? [[String: Any]])
        for article in articles {
            let id = try #require(article["id"] as? String)
            #expect(html.contains("\"\(id)\""), "\(id) is named in the page's data")
        }
    }

    @Test("report --help names the html format and shows an example")
    func help() throws {
        let r = try CommandLineTests.run(["report", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("--format html --output report.html"))
        #expect(r.stdout.contains("data-pair"))
    }
}
