import ArgumentParser
import Foundation
import VNArchive
import VNReporting

/// `vnalign archive stats`: what an archive holds.
struct ArchiveStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Print what an archive holds: articles, days, batches, decisions, models, size.",
        discussion: """
        Examples:
          vnalign archive stats desk.sqlite
          vnalign archive stats desk.sqlite --format json | jq .bytesPerArticle
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var path: ArchivePath

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let archive = try path.open(.read)
        let s = try archived { () throws(ArchiveError) in try archive.stats() }
        switch format {
        case .json: try StandardOutput.write(try JSONOutput.encode(s))
        case .text:
            var out = "\(path.archive): vnalign archive, schema version \(s.schemaVersion)\n"
            out += "articles: \(s.englishArticles) English, \(s.vietnameseArticles) Vietnamese (\(s.undatedArticles) undated)\n"
            out += "published: \(s.firstDay ?? "-") to \(s.lastDay ?? "-")\n"
            out += "batches: \(s.batches)\(s.lastBatchAdded.map { ", the last added \($0)" } ?? "")\n"
            out += "decisions: \(s.pairs) pairs, \(s.related) related, \(s.unpaired) unpaired\n"
            out += "feature keys counted: \(s.featureKeys)\n"
            out += "settings: threshold \(s.settings.threshold ?? 0), window \(s.settings.windowDays ?? 0) days, \(s.settings.oneToOne == false ? "many-to-many (--many)" : "one-to-one")\n"
            out += "scoring model: \(s.currentModel) (this vnalign's)\n"
            for (model, n) in s.decisionsByModel.sorted(by: { $0.key < $1.key }) { out += "  \(n) decision(s) made with \(model)\n" }
            out += "size: \(s.bytes) bytes, \(s.bytesPerArticle) per article\n"
            try StandardOutput.write(out)
        }
    }
}
