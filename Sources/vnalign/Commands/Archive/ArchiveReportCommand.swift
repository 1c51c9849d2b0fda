import ArgumentParser
import Foundation
import VNArchive
import VNReporting

/// `vnalign archive report`: the coverage report over a period, from the archive's decisions.
struct ArchiveReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the paired coverage of the archive over a period (the report of vnalign report).",
        discussion: """
        Articles per language published in the period, paired and unpaired, the pairs and related \
        pairs with an article in it, and the unpaired articles with their best candidate, all from \
        the decisions stored (nothing is aligned again).

        Examples:
          vnalign archive report desk.sqlite
          vnalign archive report desk.sqlite --since 2025-03-01 --until 2025-03-31 --format markdown -o march.md
          vnalign archive report desk.sqlite --format json | jq .summary
          vnalign archive report desk.sqlite --since 2025-03-07 --format html -o today.html
        """
    )

    @OptionGroup var path: ArchivePath
    @OptionGroup var period: PeriodOptions

    @Option(help: "Output format: text, markdown, json, csv or html.")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file (atomically; - for standard output) instead of standard output.")
    var output: String?

    func run() throws {
        let target = try OutputTarget(path: output, inputs: [path.archive])
        let archive = try path.open(.read)
        let period = try self.period.period()
        let result = try archived { () throws(ArchiveError) in try archive.result(in: period) }
        let titles = try archived { () throws(ArchiveError) in try archive.titles(in: period) }
        let labels = titles.map {
            ArticleLabel(id: $0.id, lang: $0.language.code, title: $0.title, headline: $0.title ?? $0.id, date: $0.published?.description, url: $0.url)
        }
        let span = period.since == nil && period.until == nil ? "every article" : "published \(period.since?.description ?? "...")...\(period.until?.description ?? "...")"
        let report = CoverageReport(result: result, articles: labels, notes: ["from the archive \(path.archive) (\(span)); candidates are not counted again"])
        try target.write(format.render(report))
    }
}
