import Foundation
import VNCorpus
import VNFeatures

/// Pairs English and Vietnamese reports of the same event.
///
/// Candidates come from an inverted index over feature keys, so the work grows with the corpus,
/// not with its square; each candidate is scored (`PairScorer`), pairs above the threshold are
/// assigned one-to-one by maximum total score (or all kept with `oneToOne = false`), and refused
/// pairs that share key actors are listed as `related` with their conflicts.
///
/// ```swift
/// let result = Aligner(options: AlignmentOptions()).align(features)
/// for pair in result.pairs { print(pair.score.en, pair.score.vi, pair.verdict) }
/// ```
public struct Aligner: Sendable {
    public var options: AlignmentOptions
    /// Explain every candidate with `PairScorer` instead of only those the result can show (the
    /// reference the fast path is tested against).
    var explainsEveryCandidate = false

    public init(options: AlignmentOptions = AlignmentOptions()) {
        self.options = options
    }

    /// A pair and the aligner's verdict on it.
    public struct Pair: Sendable, Codable, Equatable {
        public let verdict: Verdict
        public let score: PairScore
    }

    /// An article left without a partner, its best refused candidate and why it was refused.
    public struct Unpaired: Sendable, Codable, Equatable {
        public let id: String
        public let lang: String
        public let bestCandidate: String?
        public let bestScore: Double?
        public let reason: String
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
    }

    /// Aligns the English and Vietnamese articles among `features`.
    public func align(_ features: [ArticleFeatures]) -> Result {
        let evidence = features.map(ArticleEvidence.init).sorted { $0.id < $1.id }
        return align(evidence: evidence)
    }

    /// Aligns prepared evidence.
    public func align(evidence: [ArticleEvidence]) -> Result {
        align(evidence: evidence, progress: nil)
    }

    /// Aligns prepared evidence, reporting progress from the scoring workers.
    public func align(evidence: [ArticleEvidence], progress: (@Sendable (AlignmentProgress) -> Void)?) -> Result {
        let english = evidence.filter { $0.language == .english }
        let vietnamese = evidence.filter { $0.language == .vietnamese }

        // Candidates from an inverted index over the Vietnamese side, scored on every core (see
        // `CandidateIndex`): the pairs whose evidence reaches the related threshold. Only the
        // numbers of the pairs the result can show are kept, and only the pairs it shows are
        // explained.
        let index = CandidateIndex(english: english, vietnamese: vietnamese, all: evidence, options: options)
        if !explainsEveryCandidate {
            let (chosen, kept) = index.scan(workers: ProcessInfo.processInfo.activeProcessorCount, progress: progress)
            let explainer = Explainer(index: index)
            let result: Result
            if Self.decidesOnNumbers(english, vietnamese) {
                result = decideIndexed(chosen, evidence: evidence, english: english, vietnamese: vietnamese, candidatesScored: kept,
                                       explain: { explainer.explain(LightScore(kept: $0, en: english[Int($0.en)].id, vi: vietnamese[Int($0.vi)].id)) })
            } else {
                var light = chosen.map { LightScore(kept: $0, en: english[Int($0.en)].id, vi: vietnamese[Int($0.vi)].id) }
                if zip(light, light.dropFirst()).contains(where: { ($1.en, $1.vi) < ($0.en, $0.vi) }) {
                    light.sort { ($0.en, $0.vi) < ($1.en, $1.vi) }
                }
                result = decide(light, evidence: evidence, english: english, vietnamese: vietnamese, candidatesScored: kept,
                                explain: { explainer.explain($0) })
            }
            // Should an explanation ever disagree with the fast numbers, every candidate is explained.
            if explainer.agrees { return result }
        }
        let outcome = index.scoreAllExactly()
        return decide(outcome.scores, evidence: evidence, english: english, vietnamese: vietnamese,
                      candidatesScored: outcome.candidatesScored, explain: { $0 })
    }

    /// The decisions on the scored candidates (all of them, or those the result can show): the
    /// one-to-one assignment, the related pairs, the unpaired articles and their best candidate.
    /// `explain` gives the full score of the pairs the result shows.
    func decide<S: ScoredPair>(_ scores: [S], evidence: [ArticleEvidence], english: [ArticleEvidence], vietnamese: [ArticleEvidence],
                               candidatesScored: Int, explain: (S) -> PairScore) -> Result {

        // Pairs above the threshold, assigned.
        let enIndex = Dictionary(uniqueKeysWithValues: english.enumerated().map { ($1.id, $0) })
        let viIndex = Dictionary(uniqueKeysWithValues: vietnamese.enumerated().map { ($1.id, $0) })
        let eligible = scores.filter { $0.score >= options.threshold }
        var chosen: [S]
        if options.oneToOne {
            let edges = eligible.map { MaximumWeightMatching.Edge(left: enIndex[$0.en]!, right: viIndex[$0.vi]!, weight: $0.score) }
            let picked = Set(MaximumWeightMatching.solve(edges).map { "\($0.left)|\($0.right)" })
            chosen = eligible.filter { picked.contains("\(enIndex[$0.en]!)|\(viIndex[$0.vi]!)") }
        } else {
            chosen = eligible
        }
        chosen.sort { ($0.en, $0.vi) < ($1.en, $1.vi) }
        let chosenKeys = Set(chosen.map { "\($0.en)|\($0.vi)" })
        let pairs = chosen.map { Pair(verdict: .sameEvent, score: explain($0)) }
        // Related: refused pairs that share key actors and are among the strongest refused
        // candidates of one of their articles (so a figure named everywhere does not relate all).
        let refused = scores.filter { !chosenKeys.contains("\($0.en)|\($0.vi)") && $0.sharesKeyActors && $0.evidence >= options.relatedThreshold }
        var strongest = Set<String>()
        for side in [true, false] {
            let groups = Dictionary(grouping: refused, by: { side ? $0.en : $0.vi })
            for (_, group) in groups {
                for s in group.sorted(by: { ($0.evidence, $1.en, $1.vi) > ($1.evidence, $0.en, $0.vi) }).prefix(options.relatedPerArticle) {
                    strongest.insert("\(s.en)|\(s.vi)")
                }
            }
        }
        let related = refused.filter { strongest.contains("\($0.en)|\($0.vi)") }.map { Pair(verdict: .related, score: explain($0)) }

        // Unpaired articles and their best refused candidate.
        let pairedEN = Set(chosen.map(\.en)), pairedVI = Set(chosen.map(\.vi))
        // The first chosen partner of each article (one-to-one: the only one).
        var partnerOfVI: [String: String] = [:], partnerOfEN: [String: String] = [:]
        for c in chosen {
            if partnerOfVI[c.vi] == nil { partnerOfVI[c.vi] = c.en }
            if partnerOfEN[c.en] == nil { partnerOfEN[c.en] = c.vi }
        }
        var bestFor: [String: S] = [:]
        for s in scores {
            for id in [s.en, s.vi] {
                if let b = bestFor[id], (b.score, b.en + b.vi) >= (s.score, s.en + s.vi) { continue }
                bestFor[id] = s
            }
        }
        var unpaired: [Unpaired] = []
        for e in evidence where !(e.language == .english ? pairedEN.contains(e.id) : pairedVI.contains(e.id)) {
            guard let light = bestFor[e.id] else {
                unpaired.append(Unpaired(id: e.id, lang: e.language.code, bestCandidate: nil, bestScore: nil, reason: "no candidate shares its evidence"))
                continue
            }
            let best = explain(light)
            let other = e.language == .english ? best.vi : best.en
            let reason = unpairedReason(best, candidate: other, candidatePartner: e.language == .english ? partnerOfVI[other] : partnerOfEN[other])
            unpaired.append(Unpaired(id: e.id, lang: e.language.code, bestCandidate: other, bestScore: best.score, reason: reason))
        }
        unpaired.sort { ($0.lang, $0.id) < ($1.lang, $1.id) }
        return Result(pairs: pairs, related: related, unpaired: unpaired, englishCount: english.count,
                      vietnameseCount: vietnamese.count, candidatesScored: candidatesScored, options: options)
    }

    /// Why an article stayed unpaired, told from its best candidate `best` (`candidate` is that
    /// candidate's id, `candidatePartner` the article it was paired with, if any): taken by a
    /// stronger pair, held back by conflicts, or under the threshold.
    func unpairedReason(_ best: PairScore, candidate: String, candidatePartner: String?) -> String {
        if best.score >= options.threshold {
            return "\(candidate) was paired with \(candidatePartner ?? "another article") at a higher total score"
        }
        if !best.conflicts.isEmpty { return "conflicts: " + best.conflicts.map(\.reason).joined(separator: "; ") }
        return "score \(best.score) is under the threshold \(options.threshold)"
    }

    /// Keys that find candidates: people, bodies, days and numbers (not years, places or
    /// organisations alone, which would pair everything with everything).
    static func indexes(_ key: String) -> Bool {
        key.hasPrefix("p:") || key.hasPrefix("b:") || key.hasPrefix("d:") || key.hasPrefix("n:") || key.hasPrefix("o:")
    }
}

/// What the decisions read of a scored pair: a full `PairScore`, or the numbers of one.
protocol ScoredPair {
    var en: String { get }
    var vi: String { get }
    var score: Double { get }
    var evidence: Double { get }
    var sharesKeyActors: Bool { get }
}

extension PairScore: ScoredPair {}

/// The numbers of a kept pair with its ids.
struct LightScore: ScoredPair {
    let kept: CandidateIndex.Kept
    let en: String
    let vi: String
    var score: Double { kept.score }
    var evidence: Double { kept.evidence }
    var sharesKeyActors: Bool { kept.sharesKeyActors }
}

/// Explains the pairs the result shows with `PairScorer`, and notes whether the explanations
/// agree with the fast numbers.
final class Explainer {
    let index: CandidateIndex
    private(set) var agrees = true

    init(index: CandidateIndex) { self.index = index }

    func explain(_ light: LightScore) -> PairScore {
        let s = index.scorer.score(en: index.english[Int(light.kept.en)], vi: index.vietnamese[Int(light.kept.vi)])
        if s.evidence != light.evidence || s.score != light.score || s.sharesKeyActors != light.sharesKeyActors { agrees = false }
        return s
    }
}
