import Foundation
import VNCorpus

extension Aligner {
    /// The decisions on the kept candidates, on article numbers (each side in id order): the
    /// one-to-one assignment, the related pairs, the unpaired articles and their best candidate.
    /// `scores` are sorted by English then Vietnamese number; `explain` gives the full score of
    /// the pairs the result shows.
    func decide(_ scores: [CandidateIndex.Kept], english: [ArticleEvidence], vietnamese: [ArticleEvidence],
                candidatesScored: Int, explain: (CandidateIndex.Kept) -> PairScore) -> Result {
        func key(_ k: CandidateIndex.Kept) -> Int64 { k.pair }

        // Pairs above the threshold, assigned.
        let threshold = options.thresholdLogit
        let eligible = scores.filter { $0.score >= threshold }
        var chosen: [CandidateIndex.Kept]
        if options.oneToOne {
            let edges = eligible.map { MaximumWeightMatching.Edge(left: Int($0.en), right: Int($0.vi), weight: ScoringModel.probability(logit: $0.score)) }
            let picked = Set(MaximumWeightMatching.solve(edges).map { Int64($0.left) << 32 | Int64($0.right) })
            chosen = eligible.filter { picked.contains(key($0)) }
        } else {
            chosen = eligible
        }
        let chosenKeys = Set(chosen.map(key))
        let pairs = chosen.map { Pair(verdict: .sameEvent, score: explain($0)) }

        // Related: refused pairs that share key actors and are among the `relatedPerArticle`
        // strongest refused candidates of one of their articles (evidence first, then ids).
        let refused = scores.filter { !chosenKeys.contains(key($0)) && $0.sharesKeyActors && $0.evidence >= options.relatedThreshold }
        var strongest = Set<Int64>()
        for side in [true, false] {
            let groups = Dictionary(grouping: refused.indices, by: { side ? refused[$0].en : refused[$0].vi })
            for (_, group) in groups {
                let ranked = group.sorted { i, j in
                    let x = refused[i], y = refused[j]
                    if x.evidenceCents != y.evidenceCents { return x.evidence > y.evidence }
                    return (x.en, x.vi) < (y.en, y.vi)
                }
                for i in ranked.prefix(options.relatedPerArticle) { strongest.insert(key(refused[i])) }
            }
        }
        let related = refused.filter { strongest.contains(key($0)) }.map { Pair(verdict: .related, score: explain($0)) }

        // Unpaired articles and their best refused candidate: the highest score, then the
        // larger `en + vi` (the first such pair stays).
        var pairedEN = [Bool](repeating: false, count: english.count), pairedVI = [Bool](repeating: false, count: vietnamese.count)
        var partnerOfEN = [Int](repeating: -1, count: english.count), partnerOfVI = [Int](repeating: -1, count: vietnamese.count)
        for c in chosen {
            let e = Int(c.en), v = Int(c.vi)
            pairedEN[e] = true
            pairedVI[v] = true
            if partnerOfVI[v] < 0 { partnerOfVI[v] = e }
            if partnerOfEN[e] < 0 { partnerOfEN[e] = v }
        }
        func better(_ s: CandidateIndex.Kept, than b: CandidateIndex.Kept) -> Bool {
            if s.scoreCents != b.scoreCents { return s.score > b.score }
            return english[Int(s.en)].id + vietnamese[Int(s.vi)].id > english[Int(b.en)].id + vietnamese[Int(b.vi)].id
        }
        var bestEN = [Int](repeating: -1, count: english.count), bestVI = [Int](repeating: -1, count: vietnamese.count)
        for (i, s) in scores.enumerated() {
            let e = Int(s.en), v = Int(s.vi)
            if bestEN[e] < 0 || better(s, than: scores[bestEN[e]]) { bestEN[e] = i }
            if bestVI[v] < 0 || better(s, than: scores[bestVI[v]]) { bestVI[v] = i }
        }
        var unpaired: [Unpaired] = []
        for (isEnglish, number) in english.indices.map({ (true, $0) }) + vietnamese.indices.map({ (false, $0) }) {
            let e = isEnglish ? english[number] : vietnamese[number]
            guard !(isEnglish ? pairedEN[number] : pairedVI[number]) else { continue }
            let bestIndex = isEnglish ? bestEN[number] : bestVI[number]
            guard bestIndex >= 0 else {
                unpaired.append(Unpaired(id: e.id, language: e.language, bestCandidate: nil, bestProbability: nil, reason: "no candidate shares its evidence"))
                continue
            }
            let light = scores[bestIndex]
            let best = explain(light)
            let other = isEnglish ? best.vi : best.en
            let partnerNumber = isEnglish ? partnerOfVI[Int(light.vi)] : partnerOfEN[Int(light.en)]
            let partner = partnerNumber < 0 ? nil : (isEnglish ? english[partnerNumber].id : vietnamese[partnerNumber].id)
            let reason = unpairedReason(best, candidate: other, candidatePartner: partner)
            unpaired.append(Unpaired(id: e.id, language: e.language, bestCandidate: other, bestProbability: best.probability, reason: reason))
        }
        unpaired.sort { ($0.lang, $0.id) < ($1.lang, $1.id) }
        return Result(pairs: pairs, related: related, unpaired: unpaired, englishCount: english.count,
                      vietnameseCount: vietnamese.count, candidatesScored: candidatesScored, options: options)
    }
}
