/// The decisions' settings: the probability a pair needs, the window, one-to-one or not, and the
/// scoring model whose weights were fitted on the development part of the fixtures
/// (`vnalign fit`, never on the test part; see the README).
///
/// ```swift
/// var options = AlignmentOptions()
/// options.threshold = 0.7    // a pair needs a probability of 0.7 of being one event
/// options.oneToOne = false   // --many
/// ```
public struct AlignmentOptions: Sendable, Codable, Equatable {
    /// The probability (0...1) a pair needs to be called `same-event`.
    public var threshold = 0.1
    /// The values `threshold` may take.
    public static let thresholdRange: ClosedRange<Double> = 0...1
    /// Minimum evidence (the log-odds the shared evidence adds, before conflicts) for a refused
    /// pair to be listed as `related`.
    public var relatedThreshold = 1.0
    /// At most this many related pairs are listed per article, the strongest first.
    public var relatedPerArticle = 2
    /// Publication dates further apart than this count against a pair.
    public var windowDays = 7
    /// One English report per Vietnamese one and back (global assignment); false for `--many`.
    public var oneToOne = true
    /// The weights of evidence and conflicts.
    public var model = ScoringModel.bundled

    /// Postings longer than this share of the corpus are not used to find candidates (they still
    /// score): a feature in every article finds nothing.
    public var maxPostingShare = 0.2
    /// Nor are postings of more than this many articles, whatever the size of the corpus, so an
    /// article's candidates stop growing with the corpus: a leader named in a tenth of 100,000
    /// reports would otherwise make each of them a candidate of the 10,000 others (the work would
    /// grow with the square of the corpus). A day's reports, a visitor, a sum of money stay well
    /// under it. Binds from 1,500 Vietnamese articles on.
    public var maxPostingCount = 300

    public init() {}

    /// The log-odds a pair needs.
    var thresholdLogit: Double { ScoringModel.logit(probability: threshold) }
}
