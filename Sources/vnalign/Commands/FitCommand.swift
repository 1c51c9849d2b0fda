import ArgumentParser
import Foundation
import VNAlignment
import VNCorpus
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

    @Option(parsing: .unconditional, help: "L2 penalty on the weights (the bias is not penalised; \(FitCommand.l2Range.text)).")
    var l2 = 1.0
    static let l2Range = NumberRange(0.0)

    @Option(parsing: .unconditional, help: "Instead of writing a model, estimate its quality by K-fold cross-validation over event groups of the part: fit on K-1 folds, align the held-out fold, for thresholds 0.05 to 0.5.")
    var crossValidate: Int?
    static let foldsRange = NumberRange(2, 20)

    @Option(name: .shortAndLong, help: "Write the model table to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if split == "test" { throw ValidationError("--split test: the test part measures the model and is never fitted on") }
        if split != "dev" && split != "all" { throw ValidationError("--split is dev (or all, for a corpus of your own)") }
        try Self.foldsRange.check(crossValidate, option: "--cross-validate")
        try Self.l2Range.check(l2, option: "--l2")
    }

    func run() throws {
        let defaults = corpus.allPaths.isEmpty ? [try FixturePaths.corpus(split: split == "all" ? nil : split)] : []
        let target = try OutputTarget(path: output, inputs: corpus.allPaths.map(\.0))
        let loaded = try CorpusLoading.load(corpus, defaultPaths: defaults, keep: .evidence)
        var standard = try GoldStandard(contentsOf: gold ?? FixturePaths.gold())
        if split != "all" { standard = GoldStandard(rows: standard.rows.filter { $0.split == split }) }
        standard = standard.restricted(to: Set(loaded.evidence.map(\.id)))
        if let k = crossValidate {
            try StandardOutput.write(crossValidation(folds: k, evidence: loaded.evidence, gold: standard))
            return
        }
        let same = standard.rows.filter { $0.relation == "same-event" }
        let positives = Set(same.map { "\($0.en)|\($0.vi)" })
        let examples = ModelFitting.examples(evidence: loaded.evidence, options: alignment.options,
                                             isSameEvent: { positives.contains("\($0)|\($1)") }, goldPairs: same.map { ($0.en, $0.vi) })
        let model = ModelFitting.fitModel(examples, options: alignment.options, l2: l2, origin: "vnalign fit --split \(split) --l2 \(l2)")
        var fitted = alignment.options
        fitted.model = model
        let calibration = ModelFitting.calibration(options: fitted, on: examples)
        let header = [
            "The weights of vnalign's scoring model (see ScoringModel): written by `vnalign fit`, do not edit by hand.",
            "Fitted on \(loaded.evidence.count) articles: \(examples.inputs.count) pairs, \(examples.positives) of them same-event.",
            "On those pairs: Brier score \(String(format: "%.4f", calibration.brier)), expected calibration error \(String(format: "%.4f", calibration.expectedCalibrationError)).",
        ]
        try target.write(model.tsv(header: header))
        FileHandle.standardError.write(Data("vnalign fit: \(examples.inputs.count) pairs (\(examples.positives) same-event); Brier \(String(format: "%.4f", calibration.brier)), ECE \(String(format: "%.4f", calibration.expectedCalibrationError))\n".utf8))
    }

    /// Event groups: articles linked by any gold row (a pair or a hard negative) are one group.
    static func groups(of ids: [String], gold: GoldStandard) -> [String: Int] {
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var sets = DisjointSet(count: ids.count)
        for row in gold.rows {
            if let a = index[row.en], let b = index[row.vi] { sets.union(a, b) }
        }
        // Groups numbered in the order of their first (smallest) id.
        var number: [Int: Int] = [:]
        var groups: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            let root = sets.find(i)
            if number[root] == nil { number[root] = number.count }
            groups[id] = number[root]
        }
        return groups
    }

    /// F1 over thresholds, each fold aligned by a model fitted on the others.
    func crossValidation(folds k: Int, evidence: [VNAlignment.ArticleEvidence], gold: GoldStandard) -> String {
        let group = Self.groups(of: Array(Set(evidence.map(\.id))).sorted(), gold: gold)
        let thresholds = stride(from: 0.05, through: 0.5, by: 0.05).map { $0 }
        var counts = [AlignmentEvaluation.Counts](repeating: .init(), count: thresholds.count)
        var hardNegatives = [Int](repeating: 0, count: thresholds.count)
        var pairedAtHalf = Set<String>()
        for fold in 0..<k {
            let train = evidence.filter { group[$0.id]! % k != fold }, held = evidence.filter { group[$0.id]! % k == fold }
            let trainIDs = Set(train.map(\.id))
            let same = gold.rows.filter { $0.relation == "same-event" && trainIDs.contains($0.en) && trainIDs.contains($0.vi) }
            let positives = Set(same.map { "\($0.en)|\($0.vi)" })
            let examples = ModelFitting.examples(evidence: train, options: alignment.options,
                                                 isSameEvent: { positives.contains("\($0)|\($1)") }, goldPairs: same.map { ($0.en, $0.vi) })
            var options = alignment.options
            options.model = ModelFitting.fitModel(examples, options: options, l2: l2, origin: "fold \(fold)")
            let heldGold = gold.restricted(to: Set(held.map(\.id)))
            for (t, threshold) in thresholds.enumerated() {
                options.threshold = threshold
                let result = Aligner(options: options).align(evidence: held)
                let e = AlignmentEvaluation(predicted: result.pairs.map { ($0.score.en, $0.score.vi) }, related: [], gold: heldGold)
                counts[t].truePositives += e.overall.truePositives
                counts[t].falsePositives += e.overall.falsePositives
                counts[t].falseNegatives += e.overall.falseNegatives
                hardNegatives[t] += e.hardNegativesPaired.count
                if abs(threshold - AlignmentOptions().threshold) < 1e-9 { pairedAtHalf.formUnion(e.hardNegativesPaired) }
            }
        }
        var table = TextTable(headers: ["threshold", "precision", "recall", "F1", "hard negatives paired"])
        for (t, threshold) in thresholds.enumerated() {
            let c = counts[t]
            table.add([String(format: "%.2f", threshold), String(format: "%.3f", c.precision), String(format: "%.3f", c.recall),
                       String(format: "%.3f", c.f1), "\(hardNegatives[t])"])
        }
        let paired = pairedAtHalf.isEmpty ? "" : "Hard negatives paired at the default threshold: " + pairedAtHalf.sorted().joined(separator: ", ") + "\n"
        return "Cross-validation: \(k) folds over event groups of the \(split) part, L2 \(l2)\n" + table.render() + "\n" + paired
    }
}
