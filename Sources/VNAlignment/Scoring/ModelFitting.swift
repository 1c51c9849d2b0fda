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
        /// The articles of each pair, by number on each side, and how many there are.
        public var numbers: [(en: Int, vi: Int)] = []
        public var englishCount = 0
        public var vietnameseCount = 0
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
            set.numbers.append((a, b))
        }
        set.englishCount = english.count
        set.vietnameseCount = vietnamese.count
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

    /// Both stages of the model fitted on `set`: first the pair's own log-odds, then (twice, so
    /// that the cut the rivals are taken at is the fitted model's) the second stage over the
    /// pair's log-odds and its margins over its rivals.
    public static func fitModel(_ set: Examples, options: AlignmentOptions, l2: Double, origin: String) -> ScoringModel {
        var model = fit(set, l2: l2, origin: origin)
        for _ in 0..<2 {
            var o = options
            o.model = model
            // The pair's own log-odds enters with weight 1 (an offset) and there is no intercept:
            // the second stage only adjusts a pair for its rivals, and a pair without rivals
            // keeps the probability of its own evidence.
            let real = secondStageInputs(set, options: o)
            let absent = absentPartnerInputs(set, options: o)
            let inputs = real + absent
            let labels = set.labels + [Bool](repeating: false, count: absent.count)
            let w = logistic(inputs.map { [$0[1], $0[2]] }, labels, l2: l2, offsets: inputs.map { $0[0] }, fitsBias: false)
            model.rivalry = [0, 1, w[1], w[2]]
        }
        return model
    }

    /// Each pair's own log-odds (to the cent) and evidence under `options.model`.
    static func events(_ set: Examples, model: ScoringModel) -> [(z: Double, evidence: Double)] {
        let e = EvidenceKind.allCases.count
        return set.inputs.map { x in
            var evidence = 0.0
            for j in 0..<e { evidence += model.evidence[j] * x[j] }
            var z = model.bias + evidence
            for j in 0..<ConflictKind.allCases.count { z += model.conflicts[j] * x[e + j] }
            return ((z * 100).rounded() / 100, evidence)
        }
    }

    /// The second stage's inputs of each pair of `set` under `options`: its own log-odds and its
    /// weaker and stronger margin over the rivals that reach the scan's cut.
    static func secondStageInputs(_ set: Examples, options: AlignmentOptions) -> [[Double]] {
        let model = options.model
        let events = events(set, model: model)
        let cut = ScoringTables.cut(options: options)
        var english = RivalTable(count: set.englishCount), vietnamese = RivalTable(count: set.vietnameseCount)
        for (n, ev) in zip(set.numbers, events) where ev.evidence >= max(cut, ScoringModel.rivalEvidence) {
            let cents = Int32((ev.z * 100).rounded())
            english.offer(n.en, cents: cents, other: Int32(n.vi))
            vietnamese.offer(n.vi, cents: cents, other: Int32(n.en))
        }
        let floor = model.bias
        return zip(set.numbers, events).map { n, ev in
            let r = model.finalLogit(event: ev.z, englishRival: english.rival(of: n.en, excluding: Int32(n.vi)),
                                     vietnameseRival: vietnamese.rival(of: n.vi, excluding: Int32(n.en)), floor: floor).rivalry
            return [ev.z, r.weakerMargin, r.strongerMargin]
        }
    }

    /// Real corpora hold many articles whose report in the other language is missing; the
    /// fixtures hold few. For each same-event pair of `set`, the inputs its articles' best other
    /// candidates would have if the partner were absent: a pair that is merely the best of the
    /// rest, and so a negative example. Without them a pair of two articles whose partners are
    /// missing would be paired for beating weaker rivals.
    static func absentPartnerInputs(_ set: Examples, options: AlignmentOptions) -> [[Double]] {
        let model = options.model
        let events = events(set, model: model)
        let cut = ScoringTables.cut(options: options)
        // Candidates reaching the cut, by article, as (log-odds, other article, example).
        var byEnglish: [Int: [(z: Double, other: Int, example: Int)]] = [:], byVietnamese = byEnglish
        for (k, (n, ev)) in zip(set.numbers, events).enumerated() where ev.evidence >= max(cut, ScoringModel.rivalEvidence) {
            byEnglish[n.en, default: []].append((ev.z, n.vi, k))
            byVietnamese[n.vi, default: []].append((ev.z, n.en, k))
        }
        func best(_ list: [(z: Double, other: Int, example: Int)]?, excluding: Set<Int>) -> (z: Double, other: Int, example: Int)? {
            (list ?? []).filter { !excluding.contains($0.other) }.max { ($0.z, -$0.other) < ($1.z, -$1.other) }
        }
        func margin(_ z: Double, _ rival: Double?) -> Double {
            rival.map { min(max(z - max($0, model.bias), -ScoringModel.marginLimit), ScoringModel.marginLimit) } ?? 0
        }
        var inputs: [[Double]] = []
        for (k, n) in set.numbers.enumerated() where set.labels[k] {
            // The English article without its Vietnamese partner, and the reverse.
            if let c = best(byEnglish[n.en], excluding: [n.vi]), !set.labels[c.example] {
                let rivalA = best(byEnglish[n.en], excluding: [n.vi, c.other])?.z
                let rivalC = best(byVietnamese[c.other], excluding: [n.en])?.z
                let m = [margin(c.z, rivalA), margin(c.z, rivalC)]
                inputs.append([c.z, m.min()!, m.max()!])
            }
            if let c = best(byVietnamese[n.vi], excluding: [n.en]), !set.labels[c.example] {
                let rivalB = best(byVietnamese[n.vi], excluding: [n.en, c.other])?.z
                let rivalC = best(byEnglish[c.other], excluding: [n.vi])?.z
                let m = [margin(c.z, rivalB), margin(c.z, rivalC)]
                inputs.append([c.z, m.min()!, m.max()!])
            }
        }
        return inputs
    }

    /// The first stage: the weights that maximise the log-likelihood of `set` minus `l2` times
    /// the squared weights (the bias is not penalised).
    public static func fit(_ set: Examples, l2: Double, origin: String, iterations: Int = 50) -> ScoringModel {
        let w = logistic(set.inputs, set.labels, l2: l2, iterations: iterations)
        let e = EvidenceKind.allCases.count
        return ScoringModel(bias: w[0], evidence: Array(w[1...e]), conflicts: Array(w[(e + 1)...]), origin: origin)
    }

    /// L2-regularised logistic regression by Newton's method: the bias first, then one weight per input.
    /// `offsets`, when given, are added to each example's log-odds with a fixed weight of 1.
    /// Without `fitsBias` the bias stays 0.
    static func logistic(_ inputs: [[Double]], _ labels: [Bool], l2: Double, offsets: [Double]? = nil, fitsBias: Bool = true,
                         iterations: Int = 50) -> [Double] {
        let d = inputs.first?.count ?? 0
        var w = [Double](repeating: 0, count: d + 1)  // w[0] is the bias
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: d + 1)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: d + 1), count: d + 1)
            for (n, (x, y)) in zip(inputs, labels).enumerated() {
                var z = w[0] + (offsets?[n] ?? 0)
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
            if !fitsBias {
                gradient[0] = 0
                for j in 0...d { hessian[0][j] = 0; hessian[j][0] = 0 }
                hessian[0][0] = 1
            }
            guard let step = solve(hessian, gradient) else { break }
            var change = 0.0
            for j in 0...d { w[j] += step[j]; change = max(change, abs(step[j])) }
            if change < 1e-8 { break }
        }
        return w
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

    /// The calibration of the final probabilities (both stages) of `options.model` on `set`.
    public static func calibration(options: AlignmentOptions, on set: Examples) -> Calibration {
        let model = options.model
        var brier = 0.0
        var bins = [(count: Int, predicted: Double, observed: Double)](repeating: (0, 0, 0), count: 10)
        for (x, y) in zip(secondStageInputs(set, options: options), set.labels) {
            let z = model.rivalry[0] + model.rivalry[1] * x[0] + model.rivalry[2] * x[1] + model.rivalry[3] * x[2]
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
