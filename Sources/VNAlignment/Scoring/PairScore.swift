/// The score of one English-Vietnamese candidate and why: the probability that the two report
/// one event, the log-odds it comes from, each shared feature and each conflict with what it
/// added or took away (in log-odds).
///
/// ```swift
/// pair.probability  // 0.97
/// pair.shared       // [person Tô Lâm +2.9, body party-congress 11 (lprp) +3.1, ...]
/// pair.conflicts    // [role: different general-secretary: Tô Lâm vs Nguyễn Phú Trọng -3.0]
/// ```
public struct PairScore: Sendable, Codable, Equatable {
    public let en: String
    public let vi: String
    /// The probability that the two report one event (the model's, rounded to 4 places), given
    /// their own evidence and how they stand against their rivals.
    public let probability: Double
    /// The final log-odds (rounded to the cent): the second stage of the model over `eventScore`
    /// and the `rivalry`.
    public let score: Double
    /// The pair's own log-odds: the model's bias, the evidence and the conflicts.
    public let eventScore: Double
    /// How the pair stands against each article's other candidates (nil when scored alone).
    public let rivalry: Rivalry?
    /// What the shared evidence adds to the log-odds, before conflicts.
    public let evidence: Double
    public let shared: [SharedFeature]
    public let conflicts: [Conflict]

    /// A feature both articles have, and what it added to the log-odds.
    public struct SharedFeature: Sendable, Codable, Equatable {
        /// The key's type (`person`, `thing`, `quantity`, `day`, ...).
        public let type: String
        /// The evidence kind it counts under (`person`, `event-place`, `background`, ...).
        public let kind: EvidenceKind
        public let display: String
        public let weight: Double
    }

    /// Evidence that the two report different events, and what it took from the log-odds.
    public struct Conflict: Sendable, Codable, Equatable {
        public let type: ConflictKind
        public let reason: String
        /// What the conflict subtracts from the log-odds (positive).
        public let penalty: Double
    }

    /// This score with the second stage of `model` applied: its rivals' log-odds (nil: none
    /// reached the cut) and the `floor` that stands in for a missing rival.
    func ranked(by model: ScoringModel, englishRival: Double?, vietnameseRival: Double?, floor: Double) -> PairScore {
        let (logit, rivalry) = model.finalLogit(event: eventScore, englishRival: englishRival, vietnameseRival: vietnameseRival, floor: floor)
        let cents = (logit * 100).rounded() / 100
        return PairScore(en: en, vi: vi, probability: (ScoringModel.probability(logit: cents) * 10_000).rounded() / 10_000, score: cents,
                         eventScore: eventScore, rivalry: rivalry, evidence: evidence, shared: shared, conflicts: conflicts)
    }

    /// Whether the pair shares people or numbered bodies (what makes a refused pair `related`).
    public var sharesKeyActors: Bool { shared.contains { $0.kind.isKeyActor } }
}

/// What the aligner decided about a pair.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case sameEvent = "same-event"
    case related
    case unrelated
}
