import Foundation
import VNCorpus
import VNFeatures

/// How far an alignment has got, for a progress display.
public struct AlignmentProgress: Sendable {
    /// English articles whose candidates have been scored, of `englishTotal`.
    public let englishDone: Int
    public let englishTotal: Int
    /// Candidate pairs found through the index so far.
    public let candidates: Int
    /// Candidates whose evidence reaches the related threshold.
    public let scored: Int
}

/// The candidate pairs of a corpus and their scores, on every core, in time and memory that grow
/// with the corpus (and the number of reports a day), not with its square.
///
/// Candidates come from an inverted index over the Vietnamese side, exactly as before: keys of
/// people, bodies, days, numbers and organisations whose postings are no longer than
/// `maxPostingShare` of the corpus. What changed is the cost of each candidate:
///
/// 1. Every article is compiled once (`ScoringForm`): keys numbered in string order, sets as
///    sorted arrays. A candidate costs a merge of two short integer lists and a few comparisons
///    (`ScoringTables.score`), which gives exactly the evidence and score `PairScorer` gives.
/// 2. Of the pairs whose evidence reaches `min(relatedThreshold, threshold)` (counted as
///    `candidatesScored`), only those the result can show are explained by `PairScorer`: every
///    pair above the threshold (the assignment needs them), the strongest refused pairs that may
///    be listed as related, and the best candidate of each article (for the unpaired). The
///    aligner then decides on them exactly as it did on all of them.
/// 3. Should an explained pair's numbers ever differ from its fast ones, every pair is explained
///    as before (`scoreAllExactly`): the fast path can only save time, never change a result.
struct CandidateIndex {
    let options: AlignmentOptions
    let english: [ArticleEvidence]
    let vietnamese: [ArticleEvidence]
    let scorer: PairScorer
    let tables: ScoringTables
    let englishKeys: ScoringKeys
    let vietnameseKeys: ScoringKeys
    let englishForms: [ScoringForm]
    let vietnameseForms: [ScoringForm]
    /// Postings of the Vietnamese side (compressed rows): `postings[start[k]..<start[k + 1]]`;
    /// empty for keys that do not find candidates.
    let start: [Int32]
    let postings: [Int32]

    init(english: [ArticleEvidence], vietnamese: [ArticleEvidence], all evidence: [ArticleEvidence], options: AlignmentOptions) {
        self.options = options
        self.english = english
        self.vietnamese = vietnamese
        let articles = english + vietnamese

        // Key ids: first seen, then renumbered in string order.
        var firstIDs: [String: Int32] = [:]
        var strings: [String] = []
        var types: [ArticleEvidence.FeatureType] = []
        var df: [Int32] = []
        firstIDs.reserveCapacity(articles.count * 4)
        var raw: [[Int32]] = []
        raw.reserveCapacity(articles.count)
        for e in articles {
            var ids: [Int32] = []
            ids.reserveCapacity(e.keys.count)
            for (key, ref) in e.keys {
                if let id = firstIDs[key] {
                    df[Int(id)] += 1
                    ids.append(id)
                } else {
                    let id = Int32(strings.count)
                    firstIDs[key] = id
                    strings.append(key)
                    types.append(ref.type)
                    df.append(1)
                    ids.append(id)
                }
            }
            raw.append(ids)
        }
        let order = strings.indices.sorted { strings[$0] < strings[$1] }
        var rank = [Int32](repeating: 0, count: strings.count)
        for (r, id) in order.enumerated() { rank[id] = Int32(r) }
        let sortedStrings = order.map { strings[$0] }
        let sortedTypes = order.map { types[$0] }

        // Rarity, weights, and the owner-less twin of each owned body key.
        let n = Double(max(evidence.count, 1))
        var idf: [String: Double] = [:]
        idf.reserveCapacity(strings.count)
        var base = [Double](repeating: 0, count: strings.count)
        let weights = PairScorer(options: options, idf: [:])
        for (r, id) in order.enumerated() {
            let value = log((n + 1) / (Double(df[id]) + 1)) + 1
            idf[strings[id]] = value
            base[r] = weights.typeWeight(types[id]) * value
        }
        var twin = [Int32](repeating: -1, count: strings.count)
        for (r, key) in sortedStrings.enumerated() where sortedTypes[r] == .body && key.hasPrefix("b:") && !key.contains(":?:") {
            let parts = key.split(separator: ":")
            if parts.count == 4, let id = firstIDs["b:\(parts[1]):?:\(parts[3])"] { twin[r] = rank[Int(id)] }
        }
        scorer = PairScorer(options: options, idf: idf)

        // Person keys, roles and bodies numbered too (roles and bodies in string order).
        var personIDs: [String: Int32] = [:]
        func person(_ c: String) -> Int32 {
            if let id = personIDs[c] { return id }
            let id = Int32(personIDs.count)
            personIDs[c] = id
            return id
        }
        let roleNames = Set(articles.flatMap { $0.roleHolders.keys }).sorted()
        let roleIDs = Dictionary(uniqueKeysWithValues: roleNames.enumerated().map { ($1, Int32($0)) })
        let bodyNames = Set(articles.flatMap { $0.bodyNumbers.keys }).sorted()
        let bodyIDs = Dictionary(uniqueKeysWithValues: bodyNames.enumerated().map { ($1, Int32($0)) })
        tables = ScoringTables(options: options, base: base, types: sortedTypes, twin: twin,
                               roleRank: roleNames.map { Gazetteer.shared.entry(id: $0)?.rank ?? 9 })

        var forms: [ScoringForm] = []
        forms.reserveCapacity(articles.count)
        var englishKeys = ScoringKeys(), vietnameseKeys = ScoringKeys()
        for (index, e) in articles.enumerated() {
            var entries: [(key: Int32, factor: Double, group: Int32)] = []
            entries.reserveCapacity(e.keys.count)
            var displays: [String: Int32] = [:]
            for (position, (key, ref)) in e.keys.enumerated() {
                let r = rank[Int(raw[index][position])]
                if ref.type == .person {
                    let group: Int32
                    if let g = displays[ref.display] { group = g } else { group = Int32(displays.count); displays[ref.display] = group }
                    entries.append((r, e.prominence[String(key.dropFirst(2))] ?? 0.5, group))
                } else {
                    entries.append((r, 1, -1))
                }
            }
            entries.sort { $0.key < $1.key }
            if index < english.count { englishKeys.append(entries) } else { vietnameseKeys.append(entries) }
            forms.append(ScoringForm(
                persons: e.personKeys.map(person).sorted(),
                roles: e.roleHolders.map { (roleIDs[$0.key]!, $0.value.map { $0.map(person).sorted() }) }.sorted { $0.0 < $1.0 },
                principal: e.principal == nil ? nil : e.principalKeys.map(person).sorted(),
                counterpart: e.counterpart == nil ? nil : e.counterpartKeys.map(person).sorted(),
                bodies: e.bodyNumbers.map { (bodyIDs[$0.key]!, $0.value.sorted()) }.sorted { $0.0 < $1.0 },
                eventDays: e.eventDays.map(\.dayNumber), publication: e.publication?.dayNumber, years: e.years.sorted()))
        }
        englishForms = Array(forms[0..<english.count])
        vietnameseForms = Array(forms[english.count...])
        self.englishKeys = englishKeys
        self.vietnameseKeys = vietnameseKeys

        // Postings of the keys that find candidates.
        let maxPosting = max(20, Int(options.maxPostingShare * Double(vietnamese.count)))
        var count = [Int32](repeating: 0, count: strings.count + 1)
        for k in vietnameseKeys.keys { count[Int(k)] += 1 }
        var start = [Int32](repeating: 0, count: strings.count + 1)
        var total: Int32 = 0
        for k in 0..<strings.count {
            start[k] = total
            if count[k] <= maxPosting, Self.findsCandidates(sortedTypes[k]) { total += count[k] }
        }
        start[strings.count] = total
        var fill = start
        var postings = [Int32](repeating: 0, count: Int(total))
        for v in 0..<vietnamese.count {
            for k in vietnameseKeys.keys[vietnameseKeys.range(v)] where start[Int(k) + 1] > start[Int(k)] {
                postings[Int(fill[Int(k)])] = Int32(v)
                fill[Int(k)] += 1
            }
        }
        self.start = start
        self.postings = postings
    }

    /// The key types whose postings find candidates (as `Aligner.indexes`: people, bodies, days,
    /// numbers, organisations).
    static func findsCandidates(_ type: ArticleEvidence.FeatureType) -> Bool {
        switch type {
        case .person, .body, .day, .number, .organization: true
        case .month, .year, .place: false
        }
    }

    /// A candidate pair whose evidence reaches the related threshold.
    struct Kept: Sendable {
        let en: Int32
        let vi: Int32
        let evidence: Double
        let score: Double
        let sharesKeyActors: Bool
    }

    /// What the scoring of every candidate leaves for the aligner.
    struct Outcome {
        /// The explained pairs the aligner decides on, sorted by English then Vietnamese id.
        var scores: [PairScore]
        /// How many candidate pairs reached the related threshold.
        var candidatesScored: Int
    }

    /// Scores every candidate on every core and explains the pairs the result can show.
    func scoreAll(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                  progress: (@Sendable (AlignmentProgress) -> Void)? = nil) -> Outcome {
        let kept = keptPairs(workers: workers, progress: progress)
        let chosen = selection(kept)
        // Explained on every core, in chunks kept in order.
        let chunkSize = 256
        let chunks = (chosen.count + chunkSize - 1) / chunkSize
        let explained = ExplainedChunks(count: chunks)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, chunks))) { _ in
            while let chunk = explained.claim() {
                var scores: [PairScore] = []
                var agrees = true
                for k in chosen[(chunk * chunkSize)..<min(chosen.count, (chunk + 1) * chunkSize)] {
                    let s = scorer.score(en: english[Int(k.en)], vi: vietnamese[Int(k.vi)])
                    if s.evidence != k.evidence || s.score != k.score || s.sharesKeyActors != k.sharesKeyActors { agrees = false }
                    scores.append(s)
                }
                explained.store(scores, chunk: chunk, agrees: agrees)
            }
        }
        guard let joined = explained.joined() else { return scoreAllExactly() }
        var scores = joined
        if zip(scores, scores.dropFirst()).contains(where: { ($1.en, $1.vi) < ($0.en, $0.vi) }) {
            scores.sort { ($0.en, $0.vi) < ($1.en, $1.vi) }
        }
        return Outcome(scores: scores, candidatesScored: kept.count)
    }

    /// Every candidate explained by `PairScorer`, as the aligner first did it (the safety net).
    func scoreAllExactly() -> Outcome {
        let cut = min(options.relatedThreshold, options.threshold)
        var scores: [PairScore] = []
        var scratch = Scratch(count: vietnamese.count)
        for a in english.indices {
            for v in candidates(of: a, scratch: &scratch) {
                let s = scorer.score(en: english[a], vi: vietnamese[Int(v)])
                if s.evidence >= cut { scores.append(s) }
            }
        }
        scores.sort { ($0.en, $0.vi) < ($1.en, $1.vi) }
        return Outcome(scores: scores, candidatesScored: scores.count)
    }

    /// Per-thread arrays indexed by Vietnamese article.
    struct Scratch {
        var mark: [Int32]
        var list: [Int32] = []
        var shared: [Int32] = []

        init(count: Int) { mark = [Int32](repeating: -1, count: count) }
    }

    /// The candidates of English article `a`, ascending.
    func candidates(of a: Int, scratch: inout Scratch) -> [Int32] {
        scratch.list.removeAll(keepingCapacity: true)
        let mark = Int32(a)
        for k in englishKeys.keys[englishKeys.range(a)] {
            let from = Int(start[Int(k)]), to = Int(start[Int(k) + 1])
            for p in from..<to {
                let v = Int(postings[p])
                if scratch.mark[v] != mark {
                    scratch.mark[v] = mark
                    scratch.list.append(Int32(v))
                }
            }
        }
        scratch.list.sort()
        return scratch.list
    }

    /// The candidate pairs whose evidence reaches the related threshold, in English then
    /// Vietnamese order (exact-only pairs already explained).
    func keptPairs(workers: Int, progress: (@Sendable (AlignmentProgress) -> Void)?) -> [Kept] {
        let total = english.count
        guard total > 0, !vietnamese.isEmpty else { return [] }
        let chunkSize = max(16, min(512, total / max(1, workers * 16)))
        let chunks = (total + chunkSize - 1) / chunkSize
        let results = ChunkResults(count: chunks)
        let cut = min(options.relatedThreshold, options.threshold)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, chunks))) { _ in
            var scratch = Scratch(count: vietnamese.count)
            while let chunk = results.claim() {
                var kept: [Kept] = []
                var found = 0
                let range = (chunk * chunkSize)..<min(total, (chunk + 1) * chunkSize)
                for a in range {
                    let form = englishForms[a]
                    let list = candidates(of: a, scratch: &scratch)
                    found += list.count
                    for c in list {
                        var exact = false
                        guard let fast = tables.score(a, englishKeys, form, Int(c), vietnameseKeys, vietnameseForms[Int(c)],
                                                      cut: cut, shared: &scratch.shared, exact: &exact) else { continue }
                        if exact {
                            let s = scorer.score(en: english[a], vi: vietnamese[Int(c)])
                            if s.evidence >= cut {
                                kept.append(Kept(en: Int32(a), vi: c, evidence: s.evidence, score: s.score, sharesKeyActors: s.sharesKeyActors))
                            }
                        } else {
                            kept.append(Kept(en: Int32(a), vi: c, evidence: fast.evidence, score: fast.score, sharesKeyActors: fast.sharesKeyActors))
                        }
                    }
                }
                let (done, allFound, allKept) = results.store(kept, chunk: chunk, articles: range.count, candidates: found)
                progress?(AlignmentProgress(englishDone: done, englishTotal: total, candidates: allFound, scored: allKept))
            }
        }
        return results.joined()
    }

    /// The kept pairs the result can show: every pair above the threshold, for each article the
    /// `relatedPerArticle` strongest pairs that may be listed as related (sharing key actors,
    /// evidence at the related threshold, under the threshold), and each article's best
    /// candidate (highest score, then the smaller `en + vi`, as the aligner picks it).
    func selection(_ kept: [Kept]) -> [Kept] {
        let limit = options.relatedPerArticle
        var selected = [Bool](repeating: false, count: kept.count)
        var bestEN = [Int](repeating: -1, count: english.count), bestVI = [Int](repeating: -1, count: vietnamese.count)
        var topEN = [[Int]](repeating: [], count: english.count), topVI = [[Int]](repeating: [], count: vietnamese.count)
        func ids(_ k: Kept) -> (String, String) { (english[Int(k.en)].id, vietnamese[Int(k.vi)].id) }
        // `(evidence, en, vi)` order of the related pairs: evidence first, then ids ascending.
        func stronger(_ x: Kept, _ y: Kept) -> Bool {
            if x.evidence != y.evidence { return x.evidence > y.evidence }
            return ids(x) < ids(y)
        }
        // The aligner keeps a pair as an article's best unless the best so far is at least as
        // good: a higher score, or the same score and an `en + vi` that is not smaller.
        func better(_ x: Kept, than y: Kept) -> Bool {
            if x.score != y.score { return x.score > y.score }
            let (xe, xv) = ids(x), (ye, yv) = ids(y)
            return (ye + yv) < (xe + xv)
        }
        func offer(_ i: Int, to top: inout [Int]) {
            let k = kept[i]
            guard limit > 0 else { return }
            if top.count == limit, let last = top.last, !stronger(k, kept[last]) { return }
            var at = top.count
            while at > 0 && stronger(k, kept[top[at - 1]]) { at -= 1 }
            top.insert(i, at: at)
            if top.count > limit { top.removeLast() }
        }
        for (i, k) in kept.enumerated() {
            if k.score >= options.threshold { selected[i] = true }
            let e = Int(k.en), v = Int(k.vi)
            if bestEN[e] < 0 || better(k, than: kept[bestEN[e]]) { bestEN[e] = i }
            if bestVI[v] < 0 || better(k, than: kept[bestVI[v]]) { bestVI[v] = i }
            if k.sharesKeyActors && k.evidence >= options.relatedThreshold && k.score < options.threshold {
                offer(i, to: &topEN[e])
                offer(i, to: &topVI[v])
            }
        }
        for i in bestEN where i >= 0 { selected[i] = true }
        for i in bestVI where i >= 0 { selected[i] = true }
        for top in topEN { for i in top { selected[i] = true } }
        for top in topVI { for i in top { selected[i] = true } }
        return kept.indices.filter { selected[$0] }.map { kept[$0] }
    }

    /// The explained pairs of each chunk, and whether their numbers agreed with the fast ones.
    final class ExplainedChunks: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [[PairScore]]
        private var next = 0
        private var agree = true

        init(count: Int) { slots = Array(repeating: [], count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < slots.count, agree else { return nil }
            next += 1
            return next - 1
        }

        func store(_ scores: [PairScore], chunk: Int, agrees: Bool) {
            lock.lock()
            defer { lock.unlock() }
            slots[chunk] = scores
            if !agrees { agree = false }
        }

        /// Every chunk in order, or nil when some explanation disagreed.
        func joined() -> [PairScore]? {
            lock.lock()
            defer { lock.unlock() }
            return agree ? Array(slots.joined()) : nil
        }
    }

    /// The kept pairs of each chunk of English articles, and the work done, shared by the workers.
    final class ChunkResults: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [[Kept]]
        private var next = 0
        private var done = 0, candidates = 0, kept = 0

        init(count: Int) { slots = Array(repeating: [], count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ pairs: [Kept], chunk: Int, articles: Int, candidates c: Int) -> (Int, Int, Int) {
            lock.lock()
            defer { lock.unlock() }
            slots[chunk] = pairs
            done += articles
            candidates += c
            kept += pairs.count
            return (done, candidates, kept)
        }

        func joined() -> [Kept] {
            lock.lock()
            defer { lock.unlock() }
            let all = Array(slots.joined())
            slots = []
            return all
        }
    }
}
