import VNAlignment

/// One pair as every human-readable report shows it (text, Markdown, HTML): both articles'
/// labels, the verdict, the probability that the two report one event and the log-odds it
/// comes from, the shared evidence by weight and the conflicts with their reasons.
///
/// The renderers read pairs only through this type, so a new field of the score is added here
/// once and shown everywhere.
///
/// ```swift
/// let view = PairView(pair, labels: report.labels)
/// view.en.headline     // "Party chief receives Lao delegation"
/// view.evidence.first  // the heaviest shared feature
/// ```
public struct PairView: Sendable, Equatable {
    /// A feature both articles have, and what it added to the log-odds.
    public struct Evidence: Sendable, Equatable {
        /// The evidence kind it counts under (`person`, `event-place`, `background`, ...).
        public let kind: String
        public let display: String
        public let weight: Double
    }

    /// Evidence that the two report different events.
    public struct Conflict: Sendable, Equatable {
        /// `role`, `principal`, `place`, `body`, `date`, `window`, `years`.
        public let kind: String
        public let reason: String
        /// What it took from the log-odds (positive).
        public let penalty: Double
    }

    public let en: ArticleLabel
    public let vi: ArticleLabel
    public let verdict: Verdict
    /// The final log-odds.
    public let score: Double
    /// What the shared evidence adds to the log-odds, before conflicts.
    public let evidenceScore: Double
    /// The probability (0...1) that the two report one event; nil when the scorer gives none.
    public let probability: Double?
    /// Heaviest first (ties by display, for stable output).
    public let evidence: [Evidence]
    public let conflicts: [Conflict]

    /// The day the pair is counted on: the earlier publication date of its two articles.
    public var day: String? { [en.date, vi.date].compactMap { $0 }.min() }

    /// `EN_ID|VI_ID`, how scripts find the pair.
    public var key: String { "\(en.id)|\(vi.id)" }

    /// The heaviest `limit` shared features, `; `-separated, each name once (a person is also
    /// shared as a name).
    public func evidenceLine(limit: Int = 4) -> String {
        var seen = Set<String>()
        return evidence.filter { seen.insert($0.display).inserted }.prefix(limit).map(\.display).joined(separator: "; ")
    }

    /// Why the pair was refused: its conflicts, or the threshold when it has none.
    public var refusal: String {
        conflicts.isEmpty ? "probability under threshold" : conflicts.map(\.reason).joined(separator: "; ")
    }
}

extension PairView {
    /// The view of an aligner's pair, its articles named by `labels` (a bare id for one missing).
    public init(_ pair: Aligner.Pair, labels: [String: ArticleLabel]) {
        let score = pair.score
        en = labels[score.en] ?? ArticleLabel(unknown: score.en)
        vi = labels[score.vi] ?? ArticleLabel(unknown: score.vi)
        verdict = pair.verdict
        self.score = score.score
        evidenceScore = score.evidence
        probability = score.probability
        evidence = score.shared
            .map { Evidence(kind: $0.kind.rawValue, display: $0.display, weight: $0.weight) }
            .sorted { ($0.weight, $1.display) > ($1.weight, $0.display) }
        conflicts = score.conflicts.map { Conflict(kind: $0.type.rawValue, reason: $0.reason, penalty: $0.penalty) }
    }
}
