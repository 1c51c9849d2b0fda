/// The weights and thresholds of the aligner.
///
/// The defaults were chosen on the development part of the fixture corpus (`vnalign bench
/// --split dev --sweep`), never on the test part; see the README.
///
/// ```swift
/// var options = AlignmentOptions()
/// options.threshold = 6
/// options.oneToOne = false   // --many
/// ```
public struct AlignmentOptions: Sendable, Codable, Equatable {
    /// Minimum score of a `same-event` pair.
    public var threshold = 9.5
    /// Minimum evidence (before conflicts) for a refused pair to be listed as `related`.
    public var relatedThreshold = 3.0
    /// At most this many related pairs are listed per article, the strongest first.
    public var relatedPerArticle = 2
    /// Publication dates further apart than this count against a pair.
    public var windowDays = 7
    /// One English report per Vietnamese one and back (global assignment); false for `--many`.
    public var oneToOne = true

    /// Weight of a shared feature, by type, before its rarity (IDF) multiplies it.
    public var personWeight = 2.0
    public var bodyWeight = 2.0
    public var dayWeight = 1.5
    public var monthWeight = 0.5
    public var yearWeight = 0.3
    public var organizationWeight = 0.4
    public var placeWeight = 0.3
    public var numberWeight = 1.0

    /// What conflicting evidence leaves of a pair's score: each conflict multiplies it by its
    /// factor, so a strong conflict outweighs any amount of shared evidence.
    public var roleConflictFactor = 0.35
    public var principalConflictFactor = 0.35
    /// Both reports place their lead in Vietnamese provinces or cities, and neither names any of
    /// the other's (`Ha Nam` vs `Đồng Nai`).
    public var placeConflictFactor = 0.35
    /// The reports share only dates and background (`ArticleEvidence.corroborates`): the same
    /// day's Việt Nam, ASEAN and World Bank do not make one event.
    public var uncorroboratedFactor = 0.5
    public var bodyConflictFactor = 0.4
    public var dateConflictFactor = 0.7
    public var yearConflictFactor = 0.8
    public var windowFactor = 0.25

    /// Postings longer than this share of the corpus are not used to find candidates (they still
    /// score): a feature in every article finds nothing.
    public var maxPostingShare = 0.2
    /// Nor are postings of more than this many articles, whatever the size of the corpus, so an
    /// article's candidates stop growing with the corpus: a leader named in a tenth of 100,000
    /// reports would otherwise make each of them a candidate of the 10,000 others (the work would
    /// grow with the square of the corpus). A day's reports, a visitor, a sum of money stay well
    /// under it. Binds from 1,500 Vietnamese articles on (chosen on the synthetic corpus: at
    /// 10,000 and 100,000 pairs it scores a third of the candidates that 1,000 did, at the same F1).
    public var maxPostingCount = 300

    public init() {}
}
