import Foundation
import VNAlignment

/// What `vnalign bench` measured: alignment quality against the gold pairs next to the TF-IDF
/// baseline, by domain and category, calibration, the threshold sweep and extraction quality;
/// `text()` for people, the `Codable` form for scripts (`aligner.f1`, `baseline.f1`).
///
/// ```swift
/// let report = BenchmarkReport(split: "test", articles: 169, seconds: 1.2, threshold: 0.2,
///                              aligner: evaluation, baseline: nil, calibration: nil, sweep: nil, extraction: nil)
/// print(report.text())
/// ```
public struct BenchmarkReport: Encodable, Sendable {
    public let split: String
    public let articles: Int
    public let seconds: Double
    public let threshold: Double
    public let aligner: AlignmentEvaluation
    public let baseline: AlignmentEvaluation?
    /// Nil on corpora too large for it (it keeps the inputs of every candidate pair).
    public let calibration: ModelFitting.Calibration?
    public let sweep: [SweepRow]?
    public let extraction: ExtractionEvaluation?

    public init(split: String, articles: Int, seconds: Double, threshold: Double, aligner: AlignmentEvaluation,
                baseline: AlignmentEvaluation?, calibration: ModelFitting.Calibration?, sweep: [SweepRow]?,
                extraction: ExtractionEvaluation?) {
        self.split = split
        self.articles = articles
        self.seconds = seconds
        self.threshold = threshold
        self.aligner = aligner
        self.baseline = baseline
        self.calibration = calibration
        self.sweep = sweep
        self.extraction = extraction
    }

    /// The figures at one threshold of `--sweep`.
    public struct SweepRow: Encodable, Sendable {
        public let threshold: Double
        public let precision: Double
        public let recall: Double
        public let f1: Double
        public let hardNegativesPaired: Int

        public init(threshold: Double, precision: Double, recall: Double, f1: Double, hardNegativesPaired: Int) {
            self.threshold = threshold
            self.precision = precision
            self.recall = recall
            self.f1 = f1
            self.hardNegativesPaired = hardNegativesPaired
        }
    }

    /// The tables: systems, domains, calibration, categories, hard negatives, wrong and missed
    /// pairs, extraction, the sweep.
    public func text() -> String {
        let o = self
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        var out = "Alignment benchmark: \(o.split) part, \(o.articles) articles, \(String(format: "%.2f", o.seconds)) s, threshold \(o.threshold)\n\n"
        var t = TextTable(headers: ["system", "precision", "recall", "F1", "TP", "FP", "FN", "hard negatives paired", "called related"])
        for (name, e) in [("vnalign", o.aligner), ("TF-IDF baseline", o.baseline)].compactMap({ p in p.1.map { (p.0, $0) } }) {
            t.add([name, f(e.precision), f(e.recall), f(e.f1), "\(e.overall.truePositives)", "\(e.overall.falsePositives)", "\(e.overall.falseNegatives)",
                   "\(e.hardNegativesPaired.count)/\(e.hardNegatives)", name == "vnalign" ? "\(e.hardNegativesRelated)/\(e.hardNegatives)" : "-"])
        }
        out += t.render() + "\n"
        if o.baseline == nil { out += "(TF-IDF baseline not run: it compares every pair; see --no-baseline)\n" }
        out += "\nBy news domain\n"
        var d = TextTable(headers: ["domain", "pairs", "vnalign F1 (P / R)", "TF-IDF F1", "hard negatives paired", "called related"])
        for (k, v) in o.aligner.byDomain.sorted(by: { $0.key < $1.key }) {
            let b = o.baseline?.byDomain[k].map { f($0.pairs.f1) } ?? "-"
            d.add([k, "\(v.pairs.truePositives + v.pairs.falseNegatives)", "\(f(v.pairs.f1)) (\(f(v.pairs.precision)) / \(f(v.pairs.recall)))", b,
                   "\(v.hardNegatives.paired)/\(v.hardNegatives.total)", "\(v.hardNegatives.related)/\(v.hardNegatives.total)"])
        }
        out += d.render() + "\n"
        if let c = o.calibration {
            out += "\nCalibration over \(c.pairs) candidate pairs: Brier score \(String(format: "%.4f", c.brier)), expected calibration error \(String(format: "%.4f", c.expectedCalibrationError))\n"
        }
        out += "\nSame-event pairs by category (vnalign)\n"
        var c = TextTable(headers: ["category", "TP", "FP", "FN", "F1"])
        for (k, v) in o.aligner.byCategory.sorted(by: { $0.key < $1.key }) { c.add([k, "\(v.truePositives)", "\(v.falsePositives)", "\(v.falseNegatives)", f(v.f1)]) }
        out += c.render() + "\n\nHard negatives by kind (vnalign)\n"
        var h = TextTable(headers: ["kind", "total", "paired", "called related"])
        for (k, v) in o.aligner.hardNegativesByCategory.sorted(by: { $0.key < $1.key }) { h.add([k, "\(v.total)", "\(v.paired)", "\(v.related)"]) }
        out += h.render() + "\n"
        if !o.aligner.wrongPairs.isEmpty { out += "\nWrong pairs: " + o.aligner.wrongPairs.joined(separator: ", ") + "\n" }
        if !o.aligner.missedPairs.isEmpty { out += "Missed pairs: " + o.aligner.missedPairs.joined(separator: ", ") + "\n" }
        if let x = o.extraction {
            var e = TextTable(headers: ["extraction (\(x.articles) annotated articles)", "precision", "recall", "TP", "FP", "FN"])
            for (name, sc) in [("people", x.people), ("numbered bodies", x.bodies), ("dates", x.dates)] {
                e.add([name, f(sc.precision), f(sc.recall), "\(sc.truePositives)", "\(sc.falsePositives)", "\(sc.falseNegatives)"])
            }
            out += "\n" + e.render() + "\n"
        }
        if let sweep = o.sweep {
            var s = TextTable(headers: ["threshold", "precision", "recall", "F1", "hard negatives paired"])
            for row in sweep { s.add([String(format: "%.2f", row.threshold), f(row.precision), f(row.recall), f(row.f1), "\(row.hardNegativesPaired)"]) }
            out += "\nThreshold sweep\n" + s.render() + "\n"
        }
        return out
    }
}
