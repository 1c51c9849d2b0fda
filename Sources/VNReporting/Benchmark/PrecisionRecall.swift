/// Counts of true positives, false positives and false negatives, and the precision, recall and
/// F1 they give: one definition for the alignment and the extraction benchmarks. With nothing
/// predicted (or nothing to find) precision (or recall) is 1.
///
/// ```swift
/// let counts = AlignmentEvaluation.Counts(truePositives: 9, falsePositives: 1, falseNegatives: 2)
/// counts.precision   // 0.9
/// counts.recall      // 0.818...
/// ```
public protocol PrecisionRecall {
    var truePositives: Int { get }
    var falsePositives: Int { get }
    var falseNegatives: Int { get }
}

extension PrecisionRecall {
    public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
