import ArgumentParser
import Foundation
import VNAlignment
import VNCorpus
import VNFeatures
import VNReporting

/// `vnalign bench`: alignment quality against a gold standard, next to a simple baseline.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure alignment quality against gold pairs (precision, recall, F1, hard negatives).",
        discussion: """
        Reads the corpus (default: Fixtures/corpus, or its --split part) and the gold pairs \
        (default: Fixtures/gold.tsv), aligns, and reports precision, recall and F1 of same-event \
        pairs, hard negatives wrongly paired or called related, per-category figures and the time \
        taken, next to a TF-IDF cosine baseline measured in the same run. With --min-f1 it exits \
        with status 1 when F1 falls under the floor, or when more hard negatives are paired than \
        --max-hard-negatives-paired allows (default none).

        Examples:
          vnalign bench --split test --min-f1 0.95
          vnalign bench --split dev --sweep
          vnalign bench my-corpus/ --gold my-gold.tsv --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var alignment: AlignmentFlags

    @Option(help: "Gold pairs (TSV with a header: en_id, vi_id, relation, split, domain, category, note).")
    var gold: String?

    @Option(help: "Only this part of the bundled corpus and gold: dev or test.")
    var split: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(parsing: .unconditional, help: "Fail (exit 1) when F1 is under this floor (\(BenchCommand.unitRange.text)).")
    var minF1: Double?

    @Option(parsing: .unconditional, help: "With --min-f1: fail (exit 1) when more hard negatives than this are paired (\(BenchCommand.hardNegativesRange.text)).")
    var maxHardNegativesPaired = 0
    static let hardNegativesRange = NumberRange(0)

    @Flag(help: "Also print F1 over a range of thresholds (for choosing the default on the dev part).")
    var sweep = false

    @Option(help: "Annotated articles to measure extraction against (default: Fixtures/extraction.jsonl with the bundled corpus).")
    var extractionGold: String?

    @Option(parsing: .unconditional, help: "Cosine threshold of the TF-IDF baseline (\(BenchCommand.unitRange.text)).")
    var baselineThreshold = 0.2
    /// F1 and cosines.
    static let unitRange = NumberRange(0.0, 1.0)

    @Flag(help: "Skip the TF-IDF baseline (it compares every pair, so it is skipped anyway above \(BenchCommand.baselineLimit) articles).")
    var noBaseline = false

    /// Largest corpus the quadratic baseline is run on.
    static let baselineLimit = 5_000
    /// Calibration is measured on corpora up to this size.
    static let calibrationLimit = 20_000

    func validate() throws {
        if let split, !["dev", "test"].contains(split) { throw ValidationError("--split is dev or test") }
        try Self.unitRange.check(minF1, option: "--min-f1")
        try Self.unitRange.check(baselineThreshold, option: "--baseline-threshold")
        try Self.hardNegativesRange.check(maxHardNegativesPaired, option: "--max-hard-negatives-paired")
    }

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let defaults = corpus.allPaths.isEmpty ? [try FixturePaths.corpus(split: split)] : []
        let annotationPath = extractionGold ?? (corpus.allPaths.isEmpty ? FixturePaths.root().map { ($0 as NSString).appendingPathComponent("extraction.jsonl") } : nil)
        let annotated = annotationPath.map { FileManager.default.fileExists(atPath: $0) } ?? false
        // Only the aligner's evidence is kept (and the features, for the extraction benchmark),
        // and the texts only as long as the baseline can be run.
        let loaded = try CorpusLoading.load(corpus, defaultPaths: defaults, keep: annotated ? [.evidence, .features] : .evidence,
                                            keepTexts: noBaseline ? 0 : Self.baselineLimit)
        let goldPath = try gold ?? FixturePaths.gold()
        var standard = try GoldStandard(contentsOf: goldPath)
        if let split { standard = GoldStandard(rows: standard.rows.filter { $0.split == split }) }
        standard = standard.restricted(to: Set(loaded.articles.map(\.id)))
        let options = alignment.options
        let result = CorpusLoading.align(loaded, options: options)
        let seconds = Double((clock.now - started).components.attoseconds) / 1e18 + Double((clock.now - started).components.seconds)
        let evaluation = AlignmentEvaluation(predicted: result.pairs.map { ($0.score.en, $0.score.vi) },
                                             related: result.related.map { ($0.score.en, $0.score.vi) }, gold: standard)
        var baseline: AlignmentEvaluation?
        if !noBaseline && loaded.articles.count <= Self.baselineLimit {
            let english = loaded.articles.filter { $0.language == .english }.map { ($0.id, $0.text) }
            let vietnamese = loaded.articles.filter { $0.language == .vietnamese }.map { ($0.id, $0.text) }
            let baselinePairs = TFIDFBaseline(threshold: baselineThreshold).align(english: english, vietnamese: vietnamese)
            baseline = AlignmentEvaluation(predicted: baselinePairs, related: [], gold: standard)
        }

        var sweepRows: [BenchmarkReport.SweepRow]?
        if sweep {
            sweepRows = []
            let evidence = loaded.evidence
            for step in 1...19 {
                var o = options
                o.threshold = Double(step) * 0.05
                let r = Aligner(options: o).align(evidence: evidence)
                let e = AlignmentEvaluation(predicted: r.pairs.map { ($0.score.en, $0.score.vi) }, related: [], gold: standard)
                sweepRows!.append(BenchmarkReport.SweepRow(threshold: o.threshold, precision: e.precision, recall: e.recall, f1: e.f1,
                                           hardNegativesPaired: e.hardNegativesPaired.count))
            }
        }
        // Calibration: the probabilities of every candidate pair (and gold pair) against the gold.
        var calibration: ModelFitting.Calibration?
        if loaded.evidence.count <= Self.calibrationLimit {
        let positives = Set(standard.rows.filter { $0.relation == "same-event" }.map { "\($0.en)|\($0.vi)" })
        let examples = ModelFitting.examples(evidence: loaded.evidence, options: options, isSameEvent: { positives.contains("\($0)|\($1)") },
                                             goldPairs: standard.rows.filter { $0.relation == "same-event" }.map { ($0.en, $0.vi) })
        calibration = ModelFitting.calibration(options: options, on: examples)
        }
        var extraction: ExtractionEvaluation?
        if let annotationPath, annotated {
            extraction = ExtractionEvaluation(features: loaded.features, annotations: try ExtractionAnnotations(contentsOf: annotationPath))
        }
        let out = BenchmarkReport(split: split ?? "all", articles: loaded.articles.count, seconds: (seconds * 1000).rounded() / 1000,
                         threshold: options.threshold, aligner: evaluation, baseline: baseline, calibration: calibration, sweep: sweepRows,
                         extraction: extraction)
        let text = format == .json ? try JSONOutput.encode(out) : out.text()
        try StandardOutput.write(text)
        if let minF1 {
            if evaluation.f1 < minF1 {
                throw InputError(description: "F1 \(String(format: "%.3f", evaluation.f1)) is under the floor \(minF1)")
            }
            if evaluation.hardNegativesPaired.count > maxHardNegativesPaired {
                throw InputError(description: "\(evaluation.hardNegativesPaired.count) hard negative(s) paired: \(evaluation.hardNegativesPaired.joined(separator: ", "))")
            }
        }
    }
}
