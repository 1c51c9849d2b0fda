import VNAlignment

/// What one `add` changed: the articles it added, replaced or found unchanged, the pairs it made,
/// the pairs it undid and why, and the batch's articles left unpaired.
///
/// ```swift
/// let report = try archive.add(batch)
/// print(report.newPairs.count, "new pairs;", report.replacedPairs.count, "replaced")
/// ```
public struct BatchReport: Sendable, Codable, Equatable {
    /// The batch's number in the archive; nil when nothing changed (nothing was written).
    public let batch: Int?
    public let newArticles: Int
    /// Articles whose id was in the archive with other content: their evidence was replaced.
    public let replacedArticles: [String]
    /// Articles already in the archive with the same content: nothing to do.
    public let unchangedArticles: Int
    /// Articles whose decisions were made again (the batch's and those within the window).
    public let decidedArticles: Int
    /// Publication days re-decided, as ISO date ranges (`2022-01-03...2022-01-17`); `everything`
    /// when an undated article made the whole archive the window.
    public let window: [String]
    /// Same-event pairs the archive did not have.
    public let newPairs: [PairScore]
    /// Same-event pairs the archive had and no longer has, each with why.
    public let replacedPairs: [Replaced]
    /// The batch's articles left without a partner.
    public let unpaired: [Aligner.Unpaired]
    /// Pairs the aligner made with an article outside the window, refused so that the decisions
    /// of articles outside the window never change (see the README).
    public let refusedAtEdge: [PairScore]
    /// Same-event pairs of the archive after the batch.
    public let totalPairs: Int
    /// The scoring model the decisions were made with.
    public let model: String

    /// A pair that was undone, and what became of its two articles.
    public struct Replaced: Sendable, Codable, Equatable {
        public let en: String
        public let vi: String
        /// Its probability when it was decided.
        public let probability: Double
        public let why: String
    }

    /// Whether the batch changed anything.
    public var changed: Bool { batch != nil }
}
