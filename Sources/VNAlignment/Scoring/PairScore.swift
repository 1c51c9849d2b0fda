/// The score of one English-Vietnamese candidate and why.
///
/// ```swift
/// pair.score        // 7.4
/// pair.shared       // [person Tô Lâm 2.9, body party-congress 11 (lprp) 3.1, ...]
/// pair.conflicts    // [different general-secretary: Tô Lâm vs Nguyễn Phú Trọng]
/// ```
public struct PairScore: Sendable, Codable, Equatable {
    public let en: String
    public let vi: String
    /// Evidence minus conflicts.
    public let score: Double
    /// The evidence alone.
    public let evidence: Double
    public let shared: [SharedFeature]
    public let conflicts: [Conflict]

    /// A feature both articles have, and what it added.
    public struct SharedFeature: Sendable, Codable, Equatable {
        public let type: String
        public let display: String
        public let weight: Double
    }

    /// Evidence that the two report different events, and what it took away.
    public struct Conflict: Sendable, Codable, Equatable {
        /// `role`, `principal`, `body`, `date`, `years`, `window`.
        public let type: String
        public let reason: String
        /// What the conflict multiplies the score by.
        public let factor: Double
        /// The points it took away.
        public var penalty: Double = 0
    }

    /// Whether the pair shares people or numbered bodies (what makes a refused pair `related`).
    public var sharesKeyActors: Bool { shared.contains { $0.type == "person" || $0.type == "body" } }
}

/// What the aligner decided about a pair.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case sameEvent = "same-event"
    case related
    case unrelated
}
