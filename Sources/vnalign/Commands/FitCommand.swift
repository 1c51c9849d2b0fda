import ArgumentParser
import Foundation
import VNAlignment
import VNReporting

/// `vnalign fit`: fits the scoring model's weights on labelled pairs.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit the scoring model (logistic regression) on gold pairs and write its weights.",
        discussion: """
        Reads the corpus (default: the development part of Fixtures/corpus) and the gold pairs \
        (default: Fixtures/gold.tsv, restricted to --split), takes every candidate pair the index \
        finds plus every gold pair, labels it same-event or not from the gold, and fits the \
        weights of each evidence kind and each conflict by L2-regularised logistic regression. \
        The weights are written as the table the aligner reads (default: standard output). The \
        result is deterministic: the same corpus and gold give the same bytes. Never fit on the \
        test part: it is there to measure.

        Examples:
          vnalign fit --split dev --output Sources/VNAlignment/Resources/scoring-model.tsv
          vnalign fit my-corpus/ --gold my-gold.tsv --l2 0.5
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var alignment: AlignmentFlags

    @Option(help: "Gold pairs (TSV with a header: en_id, vi_id, relation, split, domain, category, note).")
    var gold: String?

    @Option(help: "Only this part of the bundled corpus and gold (dev; test is refused).")
    var split = "dev"

    @Option(help: "L2 penalty on the weights (the bias is not penalised).")
    var l2 = 0.1

    @Option(name: .shortAndLong, help: "Write the model table to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if split == "test" { throw ValidationError("--split test: the test part measures the model and is never fitted on") }
        if split != "dev" && split != "all" { throw ValidationError("--split is dev (or all, for a corpus of your own)") }
        if !(l2.isFinite && l2 >= 0) { throw ValidationError("--l2 must be a finite number of 0 or more, not \(l2)") }
    }

    func run() throws {
        let defaults = corpus.allPaths.isEmpty ? [try FixturePaths.corpus(split: split == "all" ? nil : split)] : []
        let loaded = try CorpusLoading.load(corpus, defaultPaths: defaults, keep: .evidence)
        var standard = try GoldStandard(contentsOf: gold ?? FixturePaths.gold())
        if split != "all" { standard = GoldStandard(rows: standard.rows.filter { $0.split == split }) }
        standard = standard.restricted(to: Set(loaded.evidence.map(\.id)))
        let same = standard.rows.filter { $0.relation == "same-event" }
        let positives = Set(same.map { "\($0.en)|\($0.vi)" })
        let examples = ModelFitting.examples(evidence: loaded.evidence, options: alignment.options,
                                             isSameEvent: { positives.contains("\($0)|\($1)") }, goldPairs: same.map { ($0.en, $0.vi) })
        let model = ModelFitting.fit(examples, l2: l2, origin: "vnalign fit --split \(split) --l2 \(l2)")
        let calibration = ModelFitting.calibration(of: model, on: examples)
        let header = [
            "The weights of vnalign's scoring model (see ScoringModel): written by `vnalign fit`, do not edit by hand.",
            "Fitted on \(loaded.evidence.count) articles: \(examples.inputs.count) pairs, \(examples.positives) of them same-event.",
            "On those pairs: Brier score \(String(format: "%.4f", calibration.brier)), expected calibration error \(String(format: "%.4f", calibration.expectedCalibrationError)).",
        ]
        try OutputTarget(path: output).write(model.tsv(header: header), inputs: corpus.allPaths.map(\.0))
        FileHandle.standardError.write(Data("vnalign fit: \(examples.inputs.count) pairs (\(examples.positives) same-event); Brier \(String(format: "%.4f", calibration.brier)), ECE \(String(format: "%.4f", calibration.expectedCalibrationError))\n".utf8))
    }
}
