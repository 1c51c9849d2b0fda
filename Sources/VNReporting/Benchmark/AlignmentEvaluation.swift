import VNAlignment
import VNCorpus

/// Precision, recall and F1 of `same-event` pairs against a gold standard, with the hard
/// negatives wrongly paired or rightly called `related`, per news domain and per category.
///
/// ```swift
/// let evaluation = AlignmentEvaluation(predicted: result.pairs.map { ($0.score.en, $0.score.vi) },
///                                      related: result.related.map { ($0.score.en, $0.score.vi) }, gold: gold)
/// evaluation.f1
/// evaluation.byDomain["disaster"]?.pairs.f1
/// ```
public struct AlignmentEvaluation: Sendable, Encodable, Equatable {
    /// Same-event counts, with their precision, recall and F1 (encoded as named numbers).
    public struct Counts: Sendable, Encodable, Equatable, PrecisionRecall {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        enum CodingKeys: String, CodingKey { case truePositives, falsePositives, falseNegatives, precision, recall, f1 }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(truePositives, forKey: .truePositives)
            try c.encode(falsePositives, forKey: .falsePositives)
            try c.encode(falseNegatives, forKey: .falseNegatives)
            try c.encode(AlignmentEvaluation.rounded(precision), forKey: .precision)
            try c.encode(AlignmentEvaluation.rounded(recall), forKey: .recall)
            try c.encode(AlignmentEvaluation.rounded(f1), forKey: .f1)
        }
    }

    /// Hard negatives of one kind or domain: how many, how many paired (should be none), how
    /// many called related.
    public struct HardNegatives: Sendable, Codable, Equatable {
        public var total = 0
        public var paired = 0
        public var related = 0
    }

    /// The figures of one news domain.
    public struct Domain: Sendable, Encodable, Equatable {
        public var pairs = Counts()
        public var hardNegatives = HardNegatives()
    }

    public var overall = Counts()
    /// By news domain (false positives outside gold pairs count under `unpaired`).
    public var byDomain: [String: Domain] = [:]
    /// Same-event counts by gold category (false positives outside gold pairs count under `unpaired`).
    public var byCategory: [String: Counts] = [:]
    public var hardNegatives = 0
    /// Hard negatives the aligner paired (it should pair none).
    public var hardNegativesPaired: [String] = []
    /// Hard negatives the aligner called `related`.
    public var hardNegativesRelated = 0
    /// Hard-negative figures by kind.
    public var hardNegativesByCategory: [String: HardNegatives] = [:]
    /// Pairs the aligner made that are not gold pairs.
    public var wrongPairs: [String] = []
    /// Gold pairs the aligner missed.
    public var missedPairs: [String] = []

    public var precision: Double { overall.precision }
    public var recall: Double { overall.recall }
    public var f1: Double { overall.f1 }

    static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    enum CodingKeys: String, CodingKey {
        case precision, recall, f1, overall, byDomain, byCategory, hardNegatives, hardNegativesPaired, hardNegativesRelated
        case hardNegativesByCategory, wrongPairs, missedPairs
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.rounded(precision), forKey: .precision)
        try c.encode(Self.rounded(recall), forKey: .recall)
        try c.encode(Self.rounded(f1), forKey: .f1)
        try c.encode(overall, forKey: .overall)
        try c.encode(byDomain, forKey: .byDomain)
        try c.encode(byCategory, forKey: .byCategory)
        try c.encode(hardNegatives, forKey: .hardNegatives)
        try c.encode(hardNegativesPaired, forKey: .hardNegativesPaired)
        try c.encode(hardNegativesRelated, forKey: .hardNegativesRelated)
        try c.encode(hardNegativesByCategory, forKey: .hardNegativesByCategory)
        try c.encode(wrongPairs, forKey: .wrongPairs)
        try c.encode(missedPairs, forKey: .missedPairs)
    }

    public init(predicted: [(String, String)], related: [(String, String)], gold: GoldStandard) {
        let truth = gold.rows.filter { $0.relation == "same-event" }
        let truthRows = Dictionary(truth.map { ("\($0.en)|\($0.vi)", $0) }, uniquingKeysWith: { a, _ in a })
        let predictedKeys = Set(predicted.map { "\($0.0)|\($0.1)" })
        let relatedKeys = Set(related.map { "\($0.0)|\($0.1)" })
        for (key, row) in truthRows.sorted(by: { $0.key < $1.key }) {
            if predictedKeys.contains(key) {
                overall.truePositives += 1
                byCategory[row.category, default: Counts()].truePositives += 1
                byDomain[row.domain, default: Domain()].pairs.truePositives += 1
            } else {
                overall.falseNegatives += 1
                byCategory[row.category, default: Counts()].falseNegatives += 1
                byDomain[row.domain, default: Domain()].pairs.falseNegatives += 1
                missedPairs.append(key)
            }
        }
        let negatives = gold.rows.filter { $0.relation == "related" }
        let negativeRows = Dictionary(negatives.map { ("\($0.en)|\($0.vi)", $0) }, uniquingKeysWith: { a, _ in a })
        for key in predictedKeys.sorted() where truthRows[key] == nil {
            overall.falsePositives += 1
            byCategory[negativeRows[key]?.category ?? "unpaired", default: Counts()].falsePositives += 1
            byDomain[negativeRows[key]?.domain ?? "unpaired", default: Domain()].pairs.falsePositives += 1
            wrongPairs.append(key)
        }
        hardNegatives = negativeRows.count
        for (key, row) in negativeRows.sorted(by: { $0.key < $1.key }) {
            var figures = hardNegativesByCategory[row.category] ?? HardNegatives()
            var domain = byDomain[row.domain] ?? Domain()
            figures.total += 1
            domain.hardNegatives.total += 1
            if predictedKeys.contains(key) { hardNegativesPaired.append(key); figures.paired += 1; domain.hardNegatives.paired += 1 }
            if relatedKeys.contains(key) { hardNegativesRelated += 1; figures.related += 1; domain.hardNegatives.related += 1 }
            hardNegativesByCategory[row.category] = figures
            byDomain[row.domain] = domain
        }
    }
}
