import VNAlignment
import VNCorpus
import VNFeatures

/// A corpus read, its features extracted and its evidence taken.
///
/// ```swift
/// let loaded = try CorpusPipeline().load([CorpusInput("Fixtures/corpus/dev")])
/// loaded.features.count   // one per article, in article order
/// ```
public struct LoadedCorpus {
    /// The articles, sorted by id; their text is dropped once extracted, except for the first
    /// `keepTexts` of the load.
    public var articles: [Article]
    /// With `keep: .features`, in article order.
    public var features: [ArticleFeatures]
    /// With `keep: .evidence`, in article order.
    public var evidence: [ArticleEvidence]
    /// With `keep: .contentHash`, the `ContentHash` of each article, in article order.
    public var contentHashes: [String] = []
    /// Every problem the reader met (errors skipped, warnings, notes).
    public var problems: [CorpusProblem]
    /// Problems skipped and warnings, and the repairs of each article, as the report's notes.
    public var notes: [String]
    /// The progress display of the load, for the alignment that follows (loads that keep evidence).
    public var progress: (any LoadProgress)?

    public init(articles: [Article], features: [ArticleFeatures], evidence: [ArticleEvidence] = [],
                problems: [CorpusProblem] = [], notes: [String], progress: (any LoadProgress)? = nil) {
        self.articles = articles
        self.features = features
        self.evidence = evidence
        self.problems = problems
        self.notes = notes
        self.progress = progress
    }
}
