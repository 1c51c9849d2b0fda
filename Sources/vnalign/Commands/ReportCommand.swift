import ArgumentParser
import Foundation
import VNAlignment
import VNReporting

/// `vnalign report`: the paired coverage of a corpus.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the paired coverage of a corpus (the bundled Fixtures/ corpus when no path is given).",
        discussion: """
        Articles per language, paired and unpaired counts and percentages, what the pairs share \
        (people, dates, numbered bodies, places), the pairs, the related-but-refused pairs with \
        their reasons, and the unpaired articles with their best candidate. Text, Markdown and \
        HTML show each article's title (or its first words) next to its id.

        --format html writes one self-contained page (no network, no external file): headline \
        figures, charts per day, outlet and section, the pairs with filters (text, dates, \
        verdict), sorting and an explanation each, and the unpaired articles. Each pair row \
        carries data-pair="EN_ID|VI_ID".

        Examples:
          vnalign report
          vnalign report news/ --format markdown --output coverage.md
          vnalign report news/ --format html --output report.html
          vnalign report news/ --format json | jq .summary
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var alignment: AlignmentFlags

    @Option(help: "Output format: text, markdown, json, csv or html.")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file (atomically; - for standard output) instead of standard output.")
    var output: String?

    func run() throws {
        let defaults = corpus.allPaths.isEmpty ? [try FixturePaths.corpus()] : []
        let target = try OutputTarget(path: output, inputs: corpus.allPaths.map(\.0) + defaults)
        let loaded = try CorpusLoading.load(corpus, defaultPaths: defaults, keep: .evidence)
        let result = CorpusLoading.align(loaded, options: alignment.options)
        let report = CoverageReport(result: result, articles: loaded.articles.map(ArticleLabel.init), notes: loaded.notes)
        try target.write(format.render(report))
    }
}
