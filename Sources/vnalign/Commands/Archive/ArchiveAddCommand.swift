import ArgumentParser
import Foundation
import VNAlignment
import VNArchive
import VNReporting
import VNPipeline

/// `vnalign archive add`: a batch of articles into the archive, paired against it.
struct ArchiveAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add articles to an archive (created if missing) and pair them against it.",
        discussion: """
        Reads the articles like align does, stores their evidence, updates the archive's corpus \
        statistics, then pairs again every article published within the window (--window-days) of \
        the batch's days, reading those within twice the window so that each is scored against \
        every candidate one align over the whole archive would give it. Decisions of articles \
        outside the window never change. An article already there with the same id and content is \
        left alone; with other content its evidence is replaced and what it touches is paired again.

        Prints what changed: new pairs, pairs replaced (with why) and the batch's articles still \
        unpaired. Bad articles stop the batch before anything is written, unless --skip-bad.

        --threshold, --window-days and --many are fixed by the first batch; later batches use them.

        Examples:
          vnalign archive add desk.sqlite feeds/2025-03-07/
          vnalign archive add desk.sqlite --en wire.jsonl --vi vnexpress.jsonl --skip-bad
          vnalign archive add desk.sqlite today.jsonl --format json > changes.json
          vnalign archive add desk.sqlite --everything       # after a new scoring model
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var path: ArchivePath
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var alignment: AlignmentFlags

    @Flag(help: "Keep each article's text in the archive too (by default only its evidence).")
    var keepText = false

    @Option(parsing: .unconditional, help: "Seconds to wait for another add writing to the archive (\(ArchiveAddCommand.waitRange.text)).")
    var wait: Double = 60
    static let waitRange = NumberRange(0.0, 86_400.0)

    @Option(help: "Output format of what changed: text or json.")
    var format: Format = .text

    @Flag(help: "Print only the counts, not each pair.")
    var brief = false

    @Flag(help: "Pair every article of the archive again (one align over all of it), not only the window; paths are then optional.")
    var everything = false

    func validate() throws {
        try Self.waitRange.check(wait, option: "--wait")
        if corpus.allPaths.isEmpty && !everything { throw ValidationError("give at least one path (file or folder of articles) to add, or --everything") }
    }

    func run() throws {
        // An archive that exists is checked before the articles are read (a bad file fails at
        // once); a new one is made only once they are read without error.
        let existing = FileManager.default.fileExists(atPath: path.archive) ? try path.open(.write, wait: wait) : nil
        var batch = ArchiveBatch(LoadedCorpus(articles: [], features: [], notes: []), inputs: [])
        if !corpus.allPaths.isEmpty {
            let loaded = try CorpusLoading.load(corpus, keep: ArchiveBatch.needs, keepTexts: keepText ? Int.max : 0)
            loaded.progress?.finish()
            batch = ArchiveBatch(loaded, inputs: corpus.allPaths.map(\.0), keepText: keepText)
        }
        let archive = try existing ?? path.open(.write, wait: wait)
        let settings = ArchiveSettings(threshold: alignment.threshold, windowDays: alignment.windowDays, oneToOne: alignment.many ? false : nil)
        let report = try archived { () throws(ArchiveError) in try archive.add(batch, settings: settings, everything: everything) }
        switch format {
        case .json: try StandardOutput.write(try JSONOutput.encode(report))
        case .text: try StandardOutput.write(Self.describe(report, archive: path.archive, brief: brief))
        }
    }

    static func describe(_ r: BatchReport, archive: String, brief: Bool) -> String {
        guard let batch = r.batch else {
            return "\(archive): nothing changed: \(r.unchangedArticles) article(s) already there with the same content\n"
        }
        var out = "\(archive): batch \(batch): \(r.newArticles) new article(s), \(r.replacedArticles.count) replaced, \(r.unchangedArticles) unchanged; "
        out += "\(r.decidedArticles) article(s) paired again (window \(r.window.joined(separator: ", ")))\n"
        out += "\(r.newPairs.count) new pair(s), \(r.replacedPairs.count) pair(s) replaced, \(r.unpaired.count) of the batch's article(s) unpaired"
        out += r.refusedAtEdge.isEmpty ? "\n" : ", \(r.refusedAtEdge.count) pair(s) refused at the window's edge\n"
        if !brief {
            if !r.replacedArticles.isEmpty { out += "\nReplaced articles (new content)\n" + r.replacedArticles.map { "  \($0)\n" }.joined() }
            if !r.newPairs.isEmpty {
                out += "\nNew pairs\n"
                for p in r.newPairs { out += "  \(p.en) ~ \(p.vi)  \(String(format: "%.3f", p.probability))\n" }
            }
            if !r.replacedPairs.isEmpty {
                out += "\nPairs replaced\n"
                for p in r.replacedPairs { out += "  \(p.en) ~ \(p.vi) (was \(String(format: "%.3f", p.probability))): \(p.why)\n" }
            }
            if !r.refusedAtEdge.isEmpty {
                out += "\nRefused at the window's edge (the article outside keeps its decisions)\n"
                for p in r.refusedAtEdge { out += "  \(p.en) ~ \(p.vi)  \(String(format: "%.3f", p.probability))\n" }
            }
            if !r.unpaired.isEmpty {
                out += "\nStill unpaired\n"
                for u in r.unpaired {
                    out += "  \(u.id) [\(u.lang)]: best candidate \(u.bestCandidate ?? "none")\(u.bestProbability.map { String(format: " (%.3f)", $0) } ?? ""): \(u.reason)\n"
                }
            }
        }
        out += "\nThe archive has \(r.totalPairs) pair(s); decided with scoring model \(r.model).\n"
        return out
    }
}
