import ArgumentParser
import Foundation
import VNArchive
import VNReporting

/// `vnalign archive pairs`: the archive's pairs over a period.
struct ArchivePairsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairs",
        abstract: "List the archive's same-event pairs (with --related, the related ones too) over a period.",
        discussion: """
        A pair is in the period when one of its articles was published in it; without --since and \
        --until every pair is listed, undated articles' included.

        tsv and csv columns: en_id, vi_id, verdict, probability, en_date, vi_date, batch, model. \
        json gives each decision with its full explanation.

        Examples:
          vnalign archive pairs desk.sqlite
          vnalign archive pairs desk.sqlite --since 2025-03-07 --until 2025-03-07 --format tsv
          vnalign archive pairs desk.sqlite --related --format json | jq '.[0].score.shared'
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, tsv, csv }

    @OptionGroup var path: ArchivePath
    @OptionGroup var period: PeriodOptions

    @Flag(help: "Also list related pairs (they share key actors but were refused).")
    var related = false

    @Option(help: "Output format: text, json, tsv or csv.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file (atomically; - for standard output) instead of standard output.")
    var output: String?

    func run() throws {
        let target = try OutputTarget(path: output, inputs: [path.archive])
        let archive = try path.open(.read)
        let period = try self.period.period()
        let decisions = try archived { () throws(ArchiveError) in try archive.pairs(in: period, related: related) }
        let text: String
        switch format {
        case .json: text = try JSONOutput.encode(decisions)
        case .tsv, .csv:
            let separator: Character = format == .tsv ? "\t" : ","
            var lines = [CSV.line(["en_id", "vi_id", "verdict", "probability", "en_date", "vi_date", "batch", "model"], separator: separator)]
            for d in decisions {
                lines.append(CSV.line([d.score.en, d.score.vi, d.verdict.rawValue, String(format: "%.4f", d.score.probability),
                                       d.englishPublished?.description ?? "", d.vietnamesePublished?.description ?? "", "\(d.batch)", d.model],
                                      separator: separator))
            }
            text = lines.joined(separator: "\n") + "\n"
        case .text:
            text = decisions.map { d in
                "\(d.score.en) ~ \(d.score.vi): \(d.verdict.rawValue), probability \(String(format: "%.3f", d.score.probability)) "
                    + "(published \(d.englishPublished?.description ?? "undated") / \(d.vietnamesePublished?.description ?? "undated"); batch \(d.batch))\n"
            }.joined()
        }
        try target.write(text)
    }
}
