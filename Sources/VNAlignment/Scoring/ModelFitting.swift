import Foundation
import VNCorpus

/// Fits the scoring model's weights by L2-regularised logistic regression (Newton's method) on
/// labelled pairs: every candidate pair the index finds in a corpus, plus every gold pair, each
/// with the model's inputs (`FeatureRecorder.vector`) and whether it is one event.
///
/// ```swift
/// let set = ModelFitting.examples(evidence: dev, options: AlignmentOptions(), isSameEvent: { gold.contains("\($0)|\($1)") })
/// let model = ModelFitting.fit(set, l2: 1.0, origin: "vnalign fit --split dev")
/// model.weight(.person)   // > 0
/// ```
public enum ModelFitting {
    /// Labelled model inputs.
    public struct Examples: Sendable {
        public var inputs: [[Double]] = []
        public var labels: [Bool] = []
        public var pairs: [(en: String, vi: String)] = []
        public var positives: Int { labels.filter { $0 }.count }
    }

    /// The candidate pairs of `evidence` (and every pair `isSameEvent` names whose articles are
    /// there), with their inputs and labels.
    public static func examples(evidence: [ArticleEvidence], options: AlignmentOptions,
                                isSameEvent: (String, String) -> Bool, goldPairs: [(String, String)] = []) -> Examples {
        let sorted = Aligner.sortedByID(evidence)
        let english = sorted.filter { $0.language == .english }, vietnamese = sorted.filter { $0.language == .vietnamese }
        let index = CandidateIndex(english: english, vietnamese: vietnamese, all: sorted, options: options)
        var seen = Set<Int64>()
        var set = Examples()
        func add(_ a: Int, _ b: Int) {
            guard seen.insert(Int64(a) << 32 | Int64(b)).inserted else { return }
            set.inputs.append(index.tables.features(a, b))
            set.labels.append(isSameEvent(english[a].id, vietnamese[b].id))
            set.pairs.append((english[a].id, vietnamese[b].id))
        }
        var scratch = CandidateIndex.Scratch(count: vietnamese.count)
        for a in english.indices {
            for v in index.candidates(of: a, scratch: &scratch) { add(a, Int(v)) }
        }
        let enNumber = Dictionary(english.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { x, _ in x })
        let viNumber = Dictionary(vietnamese.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { x, _ in x })
        for (en, vi) in goldPairs.sorted(by: { $0 < $1 }) {
            if let a = enNumber[en], let b = viNumber[vi] { add(a, b) }
        }
        return set
    }

    /// The weights that maximise the log-likelihood of `set` minus `l2` times the squared weights
    /// (the bias is not penalised).
    public static func fit(_ set: Examples, l2: Double, origin: String, iterations: Int = 50) -> ScoringModel {
        let d = EvidenceKind.allCases.count + ConflictKind.allCases.count
        var w = [Double](repeating: 0, count: d + 1)  // w[0] is the bias
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: d + 1)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: d + 1), count: d + 1)
            for (x, y) in zip(set.inputs, set.labels) {
                var z = w[0]
                for j in 0..<d { z += w[j + 1] * x[j] }
                let p = 1 / (1 + exp(-z))
                let r = (y ? 1 : 0) - p
                let s = max(p * (1 - p), 1e-12)
                let xi = [1] + x
                for j in 0...d where xi[j] != 0 {
                    gradient[j] += r * xi[j]
                    for k in 0...d where xi[k] != 0 { hessian[j][k] += s * xi[j] * xi[k] }
                }
            }
            for j in 1...d {
                gradient[j] -= 2 * l2 * w[j]
                hessian[j][j] += 2 * l2
            }
            hessian[0][0] += 1e-9
            guard let step = solve(hessian, gradient) else { break }
            var change = 0.0
            for j in 0...d { w[j] += step[j]; change = max(change, abs(step[j])) }
            if change < 1e-8 { break }
        }
        let e = EvidenceKind.allCases.count
        return ScoringModel(bias: w[0], evidence: Array(w[1...e]), conflicts: Array(w[(e + 1)...]), origin: origin)
    }

    /// The solution of `a x = b` by Gaussian elimination with partial pivoting, or nil when `a`
    /// is singular.
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        var m = a
        var v = b
        let n = b.count
        for c in 0..<n {
            guard let p = (c..<n).max(by: { abs(m[$0][c]) < abs(m[$1][c]) }), abs(m[p][c]) > 1e-12 else { return nil }
            m.swapAt(c, p)
            v.swapAt(c, p)
            for r in (c + 1)..<n where m[r][c] != 0 {
                let f = m[r][c] / m[c][c]
                for k in c..<n { m[r][k] -= f * m[c][k] }
                v[r] -= f * v[c]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for r in stride(from: n - 1, through: 0, by: -1) {
            var s = v[r]
            for k in (r + 1)..<n { s -= m[r][k] * x[k] }
            x[r] = s / m[r][r]
        }
        return x
    }

    /// Calibration of a model on labelled pairs: the Brier score (mean squared error of the
    /// probability) and the expected calibration error over ten equal-width bins.
    public struct Calibration: Sendable, Codable, Equatable {
        public let pairs: Int
        public let brier: Double
        public let expectedCalibrationError: Double
    }

    public static func calibration(of model: ScoringModel, on set: Examples) -> Calibration {
        let d = EvidenceKind.allCases.count
        var brier = 0.0
        var bins = [(count: Int, predicted: Double, observed: Double)](repeating: (0, 0, 0), count: 10)
        for (x, y) in zip(set.inputs, set.labels) {
            var z = model.bias
            for j in 0..<d { z += model.evidence[j] * x[j] }
            for j in 0..<ConflictKind.allCases.count { z += model.conflicts[j] * x[d + j] }
            let p = ScoringModel.probability(logit: z)
            let o: Double = y ? 1 : 0
            brier += (p - o) * (p - o)
            let bin = min(9, Int(p * 10))
            bins[bin].count += 1
            bins[bin].predicted += p
            bins[bin].observed += o
        }
        let n = Double(max(set.inputs.count, 1))
        let ece = bins.reduce(0.0) { $0 + ($1.count == 0 ? 0 : abs($1.predicted - $1.observed) / n) }
        let round = { (x: Double) in (x * 10_000).rounded() / 10_000 }
        return Calibration(pairs: set.inputs.count, brier: round(brier / n), expectedCalibrationError: round(ece))
    }
}
