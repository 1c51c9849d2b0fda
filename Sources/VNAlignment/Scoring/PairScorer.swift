import VNCorpus
import VNFeatures

/// Explains the score of any English-Vietnamese pair of a corpus: the same evaluation the
/// aligner runs (`ScoringTables.evaluate`), with the corpus's rarities.
///
/// ```swift
/// let scorer = PairScorer(options: AlignmentOptions(), corpus: evidence)
/// let score = scorer.score(en: english, vi: vietnamese)
/// score.probability           // 0.93
/// score.conflicts.map(\.type) // [.date]
/// ```
public struct PairScorer: Sendable {
    let index: CandidateIndex
    let englishNumber: [String: Int]
    let vietnameseNumber: [String: Int]

    /// A scorer over `corpus` (both languages); the pairs it scores must be among them.
    public init(options: AlignmentOptions, corpus: [ArticleEvidence]) {
        let english = corpus.filter { $0.language == .english }, vietnamese = corpus.filter { $0.language == .vietnamese }
        index = CandidateIndex(english: english, vietnamese: vietnamese, all: corpus, options: options)
        englishNumber = Dictionary(english.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        vietnameseNumber = Dictionary(vietnamese.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The explained score of two articles of the corpus.
    public func score(en: ArticleEvidence, vi: ArticleEvidence) -> PairScore {
        guard let a = englishNumber[en.id], let b = vietnameseNumber[vi.id] else {
            preconditionFailure("PairScorer.score: \(en.id) or \(vi.id) is not in the scorer's corpus")
        }
        return index.tables.explain(a, b)
    }
}
