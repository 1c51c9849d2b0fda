import VNAlignment

/// Precision, recall and F1 of `same-event` pairs against a gold standard, with the hard
/// negatives wrongly paired or rightly called `related`, per category.
///
/// ```swift
/// let evaluation = AlignmentEvaluation(predicted: result.pairs.map { ($0.score.en, $0.score.vi) },
///                                      related: result.related.map { ($0.score.en, $0.score.vi) }, gold: gold)
/// evaluation.f1
/// ```
public struct AlignmentEvaluation: Sendable, Codable, Equatable {
    public struct Counts: Sendable, Codable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var overall = Counts()
    /// Same-event counts by gold category (false positives outside gold pairs count under `unpaired`).
    public var byCategory: [String: Counts] = [:]
    public var hardNegatives = 0
    /// Hard negatives the aligner paired (it should pair none).
    public var hardNegativesPaired: [String] = []
    /// Hard negatives the aligner called `related`.
    public var hardNegativesRelated = 0
    /// Hard-negative figures by kind.
    public var hardNegativesByCategory: [String: [Int]] = [:]
    /// Pairs the aligner made that are not gold pairs.
    public var wrongPairs: [String] = []
    /// Gold pairs the aligner missed.
    public var missedPairs: [String] = []

    public var precision: Double { overall.precision }
    public var recall: Double { overall.recall }
    public var f1: Double { overall.f1 }

    public init(predicted: [(String, String)], related: [(String, String)], gold: GoldStandard) {
        let truth = gold.rows.filter { $0.relation == "same-event" }
        let truthKeys = Dictionary(truth.map { ("\($0.en)|\($0.vi)", $0.category) }, uniquingKeysWith: { a, _ in a })
        let predictedKeys = Set(predicted.map { "\($0.0)|\($0.1)" })
        let relatedKeys = Set(related.map { "\($0.0)|\($0.1)" })
        for (key, category) in truthKeys.sorted(by: { $0.key < $1.key }) {
            if predictedKeys.contains(key) {
                overall.truePositives += 1
                byCategory[category, default: Counts()].truePositives += 1
            } else {
                overall.falseNegatives += 1
                byCategory[category, default: Counts()].falseNegatives += 1
                missedPairs.append(key)
            }
        }
        let negatives = gold.rows.filter { $0.relation == "related" }
        let negativeKeys = Dictionary(negatives.map { ("\($0.en)|\($0.vi)", $0.category) }, uniquingKeysWith: { a, _ in a })
        for key in predictedKeys.sorted() where truthKeys[key] == nil {
            overall.falsePositives += 1
            byCategory[negativeKeys[key] ?? "unpaired", default: Counts()].falsePositives += 1
            wrongPairs.append(key)
        }
        hardNegatives = negativeKeys.count
        for (key, category) in negativeKeys.sorted(by: { $0.key < $1.key }) {
            var figures = hardNegativesByCategory[category] ?? [0, 0, 0]  // total, paired, related
            figures[0] += 1
            if predictedKeys.contains(key) { hardNegativesPaired.append(key); figures[1] += 1 }
            if relatedKeys.contains(key) { hardNegativesRelated += 1; figures[2] += 1 }
            hardNegativesByCategory[category] = figures
        }
    }
}
