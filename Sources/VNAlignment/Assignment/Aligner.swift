import Foundation
import VNCorpus
import VNFeatures

/// Pairs English and Vietnamese reports of the same event.
///
/// Candidates come from an inverted index over feature keys, so the work grows with the corpus,
/// not with its square; each candidate is evaluated once by the scoring model
/// (`ScoringTables.evaluate`), pairs whose probability reaches the threshold are assigned
/// one-to-one by maximum total probability (or all kept with `oneToOne = false`), and refused
/// pairs that share key actors are listed as `related` with their conflicts.
///
/// ```swift
/// let result = Aligner(options: AlignmentOptions()).align(features)
/// for pair in result.pairs { print(pair.score.en, pair.score.vi, pair.score.probability) }
/// ```
public struct Aligner: Sendable {
    public var options: AlignmentOptions

    public init(options: AlignmentOptions = AlignmentOptions()) {
        self.options = options
    }

    /// A pair and the aligner's verdict on it.
    public struct Pair: Sendable, Codable, Equatable {
        public let verdict: Verdict
        public let score: PairScore

        /// `Pair(verdict: .sameEvent, score: stored)`
        public init(verdict: Verdict, score: PairScore) {
            self.verdict = verdict
            self.score = score
        }
    }

    /// An article left without a partner, its best refused candidate and why it was refused.
    public struct Unpaired: Sendable, Codable, Equatable {
        public let id: String
        /// The article's language (encoded `lang`: `en`, `vi`).
        public let language: Language
        public let bestCandidate: String?
        /// The best candidate's probability of being the same event.
        public let bestProbability: Double?
        public let reason: String

        /// The language's code, `en` or `vi` (for the coverage report's tables).
        public var lang: String { language.code }

        enum CodingKeys: String, CodingKey {
            case id, language = "lang", bestCandidate, bestProbability, reason
        }

        /// `Unpaired(id: "en-1", language: .english, bestCandidate: nil, bestProbability: nil, reason: "no candidate shares its evidence")`
        public init(id: String, language: Language, bestCandidate: String?, bestProbability: Double?, reason: String) {
            self.id = id
            self.language = language
            self.bestCandidate = bestCandidate
            self.bestProbability = bestProbability
            self.reason = reason
        }
    }

    /// Everything the aligner decided.
    public struct Result: Sendable, Codable {
        public let pairs: [Pair]
        public let related: [Pair]
        public let unpaired: [Unpaired]
        public let englishCount: Int
        public let vietnameseCount: Int
        public let candidatesScored: Int
        public let options: AlignmentOptions

        /// A result put together from decisions kept elsewhere (an archive's).
        ///
        /// ```swift
        /// let result = Aligner.Result(pairs: stored, related: [], unpaired: [], englishCount: 2, vietnameseCount: 2,
        ///                             candidatesScored: 0, options: AlignmentOptions())
        /// ```
        public init(pairs: [Pair], related: [Pair], unpaired: [Unpaired], englishCount: Int, vietnameseCount: Int,
                    candidatesScored: Int, options: AlignmentOptions) {
            self.pairs = pairs
            self.related = related
            self.unpaired = unpaired
            self.englishCount = englishCount
            self.vietnameseCount = vietnameseCount
            self.candidatesScored = candidatesScored
            self.options = options
        }
    }

    /// Aligns the English and Vietnamese articles among `features`.
    public func align(_ features: [ArticleFeatures]) -> Result {
        align(evidence: features.map(ArticleEvidence.init))
    }

    /// Aligns prepared evidence.
    public func align(evidence: [ArticleEvidence]) -> Result {
        align(evidence: evidence, progress: nil)
    }

    /// Aligns prepared evidence, reporting progress from the scoring workers.
    public func align(evidence: [ArticleEvidence], progress: (@Sendable (AlignmentProgress) -> Void)?) -> Result {
        align(evidence: evidence, statistics: nil, progress: progress)
    }

    /// Aligns `evidence`, a part of a larger corpus, with the rarities and posting lengths of the
    /// whole (`statistics`, which count `evidence` too); nil counts `evidence` alone, as `align`
    /// does. Aligning a corpus with its own statistics gives the same result as without them.
    ///
    /// ```swift
    /// let week = archive.filter { $0.publication.map(days.contains) ?? true }
    /// let result = Aligner().align(evidence: week, statistics: CorpusStatistics(archive))
    /// ```
    public func align(evidence: [ArticleEvidence], statistics: CorpusStatistics?,
                      progress: (@Sendable (AlignmentProgress) -> Void)? = nil) -> Result {
        // Each side in id order, so that article numbers sort as ids do and any input order
        // gives the same result.
        let sorted = Self.sortedByID(evidence)
        let english = sorted.filter { $0.language == .english }
        let vietnamese = sorted.filter { $0.language == .vietnamese }
        // Candidates from an inverted index over the Vietnamese side, scored on every core (see
        // `CandidateIndex`): only the numbers of the pairs the result can show are kept, and only
        // the pairs it shows are explained.
        let index = CandidateIndex(english: english, vietnamese: vietnamese, all: sorted, options: options, statistics: statistics)
        let scan = index.scan(workers: ProcessInfo.processInfo.activeProcessorCount, progress: progress)
        // The second stage: each pair against its rivals.
        let floor = index.tables.rivalFloor, model = options.model
        let finals = scan.chosen.map { k in
            let (logit, _) = model.finalLogit(event: k.score, englishRival: scan.englishRivals.rival(of: Int(k.en), excluding: k.vi),
                                              vietnameseRival: scan.vietnameseRivals.rival(of: Int(k.vi), excluding: k.en), floor: floor)
            return CandidateIndex.Kept(en: Int(k.en), vi: Int(k.vi), evidence: k.evidence, score: logit, sharesKeyActors: k.sharesKeyActors)
        }
        return decide(finals, english: english, vietnamese: vietnamese, candidatesScored: scan.kept, explain: { k in
            index.tables.explain(Int(k.en), Int(k.vi)).ranked(by: model, englishRival: scan.englishRivals.rival(of: Int(k.en), excluding: k.vi),
                                                              vietnameseRival: scan.vietnameseRivals.rival(of: Int(k.vi), excluding: k.en), floor: floor)
        })
    }

    /// `evidence` in id order (already sorted input is kept as it is).
    static func sortedByID(_ evidence: [ArticleEvidence]) -> [ArticleEvidence] {
        if zip(evidence, evidence.dropFirst()).allSatisfy({ $0.id <= $1.id }) { return evidence }
        return evidence.enumerated().sorted { ($0.element.id, $0.offset) < ($1.element.id, $1.offset) }.map(\.element)
    }

    /// Why an article stayed unpaired, told from its best candidate `best` (`candidate` is that
    /// candidate's id, `candidatePartner` the article it was paired with, if any): taken by a
    /// stronger pair, held back by conflicts, or under the threshold.
    func unpairedReason(_ best: PairScore, candidate: String, candidatePartner: String?) -> String {
        if best.probability >= options.threshold {
            return "\(candidate) was paired with \(candidatePartner ?? "another article") at a higher total probability"
        }
        if !best.conflicts.isEmpty { return "conflicts: " + best.conflicts.map(\.reason).joined(separator: "; ") }
        return "probability \(best.probability) is under the threshold \(options.threshold)"
    }
}
