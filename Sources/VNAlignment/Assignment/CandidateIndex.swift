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
/// Candidates come from an inverted index over the Vietnamese side: keys of people, bodies, days,
/// numbers and organisations whose postings are no longer than `maxPostingShare` of the corpus
/// and `maxPostingCount` articles. Then:
///
/// 1. Every article is compiled once (`ScoringKeys`, `ScoringForm`): keys numbered in string
///    order, sets as sorted arrays. A candidate costs a merge of two short integer lists and a
///    few comparisons (`ScoringTables.evaluate`, the one place the rules are written).
/// 2. Of the pairs whose evidence reaches `ScoringTables.cut` (counted as `candidatesScored`),
///    only the numbers of those the result can show are kept (`Picker`): every pair above the
///    threshold (the assignment needs them), each article's best candidate (for the unpaired
///    list) and its strongest refused pairs that may be listed as related.
/// 3. The aligner decides on them, and explains (`ScoringTables.explain`, the same evaluation
///    keeping what fired) only the pairs it reports.
///
/// Rarities and posting lengths are those of the articles given, or of the whole corpus when
/// `statistics` are given (a part of an archive scored as the whole archive would be).
struct CandidateIndex {
    let options: AlignmentOptions
    let english: [ArticleEvidence]
    let vietnamese: [ArticleEvidence]
    let tables: ScoringTables
    let englishKeys: ScoringKeys
    let vietnameseKeys: ScoringKeys
    let englishForms: [ScoringForm]
    let vietnameseForms: [ScoringForm]
    /// Postings of the Vietnamese side (compressed rows): `postings[start[k]..<start[k + 1]]`;
    /// empty for keys that do not find candidates.
    let start: [Int32]
    let postings: [Int32]

    init(english: [ArticleEvidence], vietnamese: [ArticleEvidence], all evidence: [ArticleEvidence], options: AlignmentOptions,
         statistics: CorpusStatistics? = nil) {
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

        // Rarity, kinds, and the owner-less twin of each owned body key.
        // With the whole corpus's statistics, a key counts as often as the corpus has it (never
        // less than here, so that statistics that miss an article cannot make a key rarer).
        let n = Double(max(evidence.count, statistics?.articles ?? 0, 1))
        let whole = statistics.map { s in strings.map { s.frequencies[$0] ?? CorpusStatistics.Frequency() } }
        var rarity = [Double](repeating: 0, count: strings.count)
        var kinds = [Int8](repeating: 0, count: strings.count)
        let allKinds = EvidenceKind.allCases
        for (r, id) in order.enumerated() {
            rarity[r] = ScoringTables.rarity(documentFrequency: max(df[id], whole?[id].total ?? 0), articles: n)
            kinds[r] = Int8(allKinds.firstIndex(of: EvidenceKind.of(types[id], key: strings[id]))!)
        }
        var keyDisplays = [String](repeating: "", count: strings.count)
        var twin = [Int32](repeating: -1, count: strings.count)
        for (r, key) in sortedStrings.enumerated() where sortedTypes[r] == .body && key.hasPrefix("b:") && !key.contains(":?:") {
            let parts = key.split(separator: ":")
            if parts.count == 4, let id = firstIDs["b:\(parts[1]):?:\(parts[3])"] { twin[r] = rank[Int(id)] }
        }

        // Person keys, roles and bodies numbered too (roles and bodies in string order).
        // Person and place ids in the order first met (they are only compared for equality),
        // numbered here, in one pass, so that the articles can be compiled on every core.
        var personIDs: [String: Int32] = [:], placeIDs: [String: Int32] = [:]
        func number(_ s: String, in ids: inout [String: Int32]) {
            if ids[s] == nil { ids[s] = Int32(ids.count) }
        }
        for e in articles {
            for c in e.personKeys { number(c, in: &personIDs) }
            for (_, holders) in e.roleHolders { for h in holders { for c in h { number(c, in: &personIDs) } } }
            if e.principal != nil { for c in e.principalKeys { number(c, in: &personIDs) } }
            if e.counterpart != nil { for c in e.counterpartKeys { number(c, in: &personIDs) } }
            for p in e.leadPlaces { number(p, in: &placeIDs) }
            for p in e.placeNames.keys { number(p, in: &placeIDs) }
        }
        let roleNames = Set(articles.flatMap { $0.roleHolders.keys }).sorted()
        let roleIDs = Dictionary(uniqueKeysWithValues: roleNames.enumerated().map { ($1, Int32($0)) })
        let bodyNames = Set(articles.flatMap { $0.bodyNumbers.keys }).sorted()
        let bodyIDs = Dictionary(uniqueKeysWithValues: bodyNames.enumerated().map { ($1, Int32($0)) })
        let measureNames = Set(articles.flatMap { $0.quantities.keys }).sorted()
        let measureIDs = Dictionary(uniqueKeysWithValues: measureNames.enumerated().map { ($1, Int32($0)) })
        let groupNames = Set(articles.flatMap { $0.stages.keys }).sorted()
        let groupIDs = Dictionary(uniqueKeysWithValues: groupNames.enumerated().map { ($1, Int32($0)) })
        let kindNames = Set(articles.flatMap { $0.stages.values.flatMap { $0 } }).sorted()
        let kindIDs = Dictionary(uniqueKeysWithValues: kindNames.enumerated().map { ($1, Int32($0)) })
        // Each key shown as where it is first met.
        for (index, e) in articles.enumerated() {
            for (position, (_, ref)) in e.keys.enumerated() {
                let r = Int(rank[Int(raw[index][position])])
                if keyDisplays[r].isEmpty { keyDisplays[r] = ref.display }
            }
        }

        // One article compiled: its key entries in key order and its form.
        let englishCount = english.count
        let persons = personIDs, places = placeIDs, rarities = rarity, ranks = rank, rawIDs = raw
        @Sendable func compile(_ index: Int) -> CompiledArticle {
            let e = articles[index]
            func person(_ c: String) -> Int32 { persons[c]! }
            func place(_ id: String) -> Int32 { places[id]! }
            var entries: [(key: Int32, factor: Double, group: Int32)] = []
            entries.reserveCapacity(e.keys.count)
            // English factors carry the key's rarity (see `ScoringKeys`).
            let isEnglish = index < englishCount
            var displays: [String: Int32] = [:]
            for (position, (key, ref)) in e.keys.enumerated() {
                let r = ranks[Int(rawIDs[index][position])]
                if ref.type == .person {
                    let group: Int32
                    if let g = displays[ref.display] { group = g } else { group = Int32(displays.count); displays[ref.display] = group }
                    let factor = e.prominence[String(key.dropFirst(2))] ?? 0.5
                    entries.append((r, isEnglish ? rarities[Int(r)] * factor : factor, group))
                } else {
                    let factor = e.emphasis[key] ?? 1
                    entries.append((r, isEnglish ? rarities[Int(r)] * factor : factor, -1))
                }
            }
            entries.sort { $0.key < $1.key }
            let form = ScoringForm(
                persons: e.personKeys.map(person).sorted(),
                roles: e.roleHolders.map { (roleIDs[$0.key]!, $0.value.map { $0.map(person).sorted() }) }.sorted { $0.0 < $1.0 },
                principal: e.principal == nil ? nil : e.principalKeys.map(person).sorted(),
                counterpart: e.counterpart == nil ? nil : e.counterpartKeys.map(person).sorted(),
                leadPlaces: e.leadPlaces.map(place).sorted(), places: e.placeNames.keys.map(place).sorted(),
                bodies: e.bodyNumbers.map { (bodyIDs[$0.key]!, $0.value.sorted()) }.sorted { $0.0 < $1.0 },
                eventDays: e.eventDays.map(\.dayNumber), publication: e.publication?.dayNumber, years: e.years.sorted(),
                quantities: e.quantities.map { (measureIDs[$0.key]!, $0.value) }.sorted { $0.0 < $1.0 },
                stages: e.stages.map { (groupIDs[$0.key]!, $0.value.map { kindIDs[$0]! }.sorted()) }.sorted { $0.0 < $1.0 },
                tense: e.tense)
            return CompiledArticle(entries: entries, form: form)
        }

        // Compiled on every core, a block at a time (so that only a block's entries are held
        // twice), then appended in article order.
        var forms: [ScoringForm] = []
        forms.reserveCapacity(articles.count)
        var englishKeys = ScoringKeys(), vietnameseKeys = ScoringKeys()
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let block = 4_096
        for base in stride(from: 0, to: articles.count, by: block) {
            let count = min(block, articles.count - base)
            let compiled = CompiledBlock(count: count)
            DispatchQueue.concurrentPerform(iterations: min(workers, count)) { worker in
                var i = worker
                while i < count {
                    compiled.put(compile(base + i), at: i)
                    i += workers
                }
            }
            for i in 0..<count {
                let article = compiled.take(at: i)
                if base + i < englishCount { englishKeys.append(article.entries) } else { vietnameseKeys.append(article.entries) }
                forms.append(article.form)
            }
        }
        englishForms = Array(forms[0..<english.count])
        vietnameseForms = Array(forms[english.count...])
        self.englishKeys = englishKeys
        self.vietnameseKeys = vietnameseKeys
        let corroborating: Set<EvidenceKind> = [.person, .body, .thing, .quantity, .eventPlace, .organization, .number]
        tables = ScoringTables(options: options, english: english, vietnamese: vietnamese, englishKeys: englishKeys,
                               vietnameseKeys: vietnameseKeys, englishForms: englishForms, vietnameseForms: vietnameseForms,
                               rarity: rarity, kinds: kinds, twin: twin, strings: sortedStrings, types: sortedTypes, displays: keyDisplays,
                               roleRank: roleNames.map { Gazetteer.shared.entry(id: $0)?.rank ?? 9 }, roleNames: roleNames,
                               bodyNames: bodyNames, measureNames: measureNames, groupNames: groupNames, kindNames: kindNames,
                               weights: options.model.evidence, corroborating: allKinds.map(corroborating.contains),
                               actor: allKinds.map(\.isKeyActor))

        // Postings of the keys that find candidates: a key is too common by the count of the
        // whole corpus when its statistics are given.
        let vietnameseArticles = max(vietnamese.count, statistics?.vietnameseArticles ?? 0)
        let maxPosting = max(20, min(Int(options.maxPostingShare * Double(vietnameseArticles)), options.maxPostingCount))
        var count = [Int32](repeating: 0, count: strings.count + 1)
        for k in vietnameseKeys.keys { count[Int(k)] += 1 }
        var start = [Int32](repeating: 0, count: strings.count + 1)
        var total: Int32 = 0
        for k in 0..<strings.count {
            start[k] = total
            let length = max(count[k], whole?[Int(order[k])].vietnamese ?? 0)
            if length <= maxPosting, Self.findsCandidates(sortedTypes[k]) { total += count[k] }
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

    /// One article as the scan reads it (see `init`).
    struct CompiledArticle: Sendable {
        let entries: [(key: Int32, factor: Double, group: Int32)]
        let form: ScoringForm
    }

    /// A block of compiled articles, each written by one worker at its own index and taken once
    /// all workers are done.
    final class CompiledBlock: @unchecked Sendable {
        private let slots: UnsafeMutablePointer<CompiledArticle?>
        private let count: Int

        init(count: Int) {
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil, count: count)
        }

        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }

        func put(_ article: CompiledArticle, at i: Int) { slots[i] = article }

        func take(at i: Int) -> CompiledArticle {
            guard let article = slots[i] else { preconditionFailure("article \(i) of the block was not compiled") }
            slots[i] = nil
            return article
        }
    }

    /// The key types whose postings find candidates: people, bodies, days, numbers,
    /// organisations, named things and quantities (not months, years, places or event kinds
    /// alone, which would pair everything with everything).
    static func findsCandidates(_ type: ArticleEvidence.FeatureType) -> Bool {
        switch type {
        case .person, .body, .day, .number, .organization, .thing, .quantity: true
        case .month, .year, .place, .event, .partialDay, .weekday: false
        }
    }

    /// A candidate pair whose evidence reaches the related threshold, in 16 bytes: its numbers
    /// in cents (they are rounded to the cent), whether it shares key actors in the top bit.
    struct Kept: Sendable {
        let en: Int32
        private let viAndActors: UInt32
        let evidenceCents: Int32
        let scoreCents: Int32

        init(en: Int, vi: Int, _ numbers: PairNumbers) {
            self.init(en: en, vi: vi, evidence: numbers.evidence, score: numbers.logit, sharesKeyActors: numbers.sharesKeyActors)
        }

        init(en: Int, vi: Int, evidence: Double, score: Double, sharesKeyActors: Bool) {
            self.en = Int32(en)
            viAndActors = UInt32(vi) | (sharesKeyActors ? 1 << 31 : 0)
            evidenceCents = Int32((evidence * 100).rounded())
            scoreCents = Int32((score * 100).rounded())
        }

        var vi: Int32 { Int32(bitPattern: viAndActors & 0x7FFF_FFFF) }
        var sharesKeyActors: Bool { viAndActors & (1 << 31) != 0 }
        /// As `ScoringTables.explain` gives them (to the cent); `score` is the log-odds.
        var evidence: Double { Double(evidenceCents) / 100 }
        var score: Double { Double(scoreCents) / 100 }
        var pair: Int64 { Int64(en) << 32 | Int64(vi) }
    }

    /// Per-thread arrays indexed by Vietnamese article.
    struct Scratch {
        var mark: [Int32]
        var list: [Int32] = []
        var shared: [Int32] = []
        /// The first keys of the candidates read ahead (see `scan`), summed so that the reads stay.
        var readAhead: Int32 = 0

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

    /// Which kept pairs the result can show, chosen while scoring, so that the kept pairs
    /// themselves (a hundred or more per article) are never stored: every pair above the
    /// threshold (the assignment needs them); for each article, its best candidate (highest
    /// score, then the larger `en + vi`, as the aligner keeps it) for the unpaired list; and
    /// its `relatedPerArticle` strongest pairs that may be listed as related (sharing key
    /// actors, evidence at the related threshold, under the threshold; refused pairs above
    /// the threshold are among the pairs above the threshold).
    struct Picker {
        let ranking: Ranking
        /// Best and strongest of each Vietnamese article, as seen by one worker.
        var bestVI: [Kept?]
        var topVI: [[Kept]]

        init(_ index: CandidateIndex) {
            ranking = Ranking(index: index, limit: index.options.relatedPerArticle)
            bestVI = Array(repeating: nil, count: index.vietnamese.count)
            topVI = Array(repeating: [], count: index.vietnamese.count)
        }

        /// Takes the kept pairs of one English article; returns those to explain for it.
        mutating func pick(_ pairs: [Kept], into chosen: inout [Kept]) {
            let ranking = self.ranking
            var best: Kept?
            var top: [Kept] = []
            for k in pairs {
                if k.score >= ranking.threshold { chosen.append(k) }
                if best == nil || ranking.better(k, than: best!) { best = k }
                let v = Int(k.vi)
                if bestVI[v] == nil || ranking.better(k, than: bestVI[v]!) { bestVI[v] = k }
                if ranking.mayBeRelated(k) {
                    ranking.offer(k, to: &top)
                    ranking.offer(k, to: &topVI[v])
                }
            }
            if let best { chosen.append(best) }
            chosen.append(contentsOf: top)
        }

        /// The Vietnamese side's picks, from every worker's view.
        static func merge(_ pickers: [Picker], into chosen: inout [Kept]) {
            guard let ranking = pickers.first?.ranking else { return }
            for v in pickers[0].bestVI.indices {
                var best: Kept?
                var top: [Kept] = []
                for p in pickers {
                    if let b = p.bestVI[v], best == nil || ranking.better(b, than: best!) { best = b }
                    for k in p.topVI[v] { ranking.offer(k, to: &top) }
                }
                if let best { chosen.append(best) }
                chosen.append(contentsOf: top)
            }
        }
    }

    /// How the aligner ranks an article's candidates.
    struct Ranking {
        let english: [ArticleEvidence]
        let vietnamese: [ArticleEvidence]
        let limit: Int
        let threshold: Double
        let relatedThreshold: Double

        init(index: CandidateIndex, limit: Int) {
            english = index.english
            vietnamese = index.vietnamese
            self.limit = limit
            threshold = index.options.model.lowestEventLogit(reaching: index.options.thresholdLogit)
            relatedThreshold = index.options.relatedThreshold
        }

        func ids(_ k: Kept) -> (String, String) { (english[Int(k.en)].id, vietnamese[Int(k.vi)].id) }

        /// The related pairs' order: evidence first, then ids ascending.
        func stronger(_ x: Kept, _ y: Kept) -> Bool {
            if x.evidenceCents != y.evidenceCents { return x.evidence > y.evidence }
            return ids(x) < ids(y)
        }

        /// The aligner keeps a pair as an article's best unless the best so far is at least as
        /// good: a higher score, or the same score and an `en + vi` that is not smaller.
        func better(_ x: Kept, than y: Kept) -> Bool {
            if x.scoreCents != y.scoreCents { return x.score > y.score }
            let (xe, xv) = ids(x), (ye, yv) = ids(y)
            return (ye + yv) < (xe + xv)
        }

        func mayBeRelated(_ k: Kept) -> Bool {
            k.sharesKeyActors && k.evidence >= relatedThreshold
        }

        /// Puts `k` among the `limit` strongest of `top`.
        func offer(_ k: Kept, to top: inout [Kept]) {
            guard limit > 0 else { return }
            if top.count == limit, let last = top.last, !stronger(k, last) { return }
            var at = top.count
            while at > 0 && stronger(k, top[at - 1]) { at -= 1 }
            top.insert(k, at: at)
            if top.count > limit { top.removeLast() }
        }
    }

    /// Scores every candidate; returns the pairs to explain, in English then Vietnamese order
    /// and without repeats, and how many pairs reached the related threshold.
    func scan(workers: Int, progress: (@Sendable (AlignmentProgress) -> Void)?) -> Scan {
        let total = english.count
        guard total > 0, !vietnamese.isEmpty else {
            return Scan(chosen: [], kept: 0, englishRivals: RivalTable(count: total), vietnameseRivals: RivalTable(count: vietnamese.count))
        }
        let chunkSize = max(16, min(512, total / max(1, workers * 16)))
        let chunks = (total + chunkSize - 1) / chunkSize
        let results = ChunkResults(count: chunks)
        let cut = tables.cut
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, chunks))) { _ in
            var scratch = Scratch(count: vietnamese.count)
            var picker = Picker(self)
            var pairs: [Kept] = []
            var rivalsEN = RivalTable(count: total), rivalsVI = RivalTable(count: vietnamese.count)
            while let chunk = results.claim() {
                var chosen: [Kept] = []
                var found = 0, kept = 0
                let range = (chunk * chunkSize)..<min(total, (chunk + 1) * chunkSize)
                for a in range {
                    let list = candidates(of: a, scratch: &scratch)
                    found += list.count
                    pairs.removeAll(keepingCapacity: true)
                    for (n, c) in list.enumerated() {
                        let v = Int(c)
                        // Read the first key of the candidate two ahead now: its key list is
                        // then on its way into the cache while this one is scored (the merge is
                        // bound by these misses, not by its instructions).
                        if n + 2 < list.count {
                            let ahead = Int(vietnameseKeys.start[Int(list[n + 2])])
                            if ahead < vietnameseKeys.keys.count { scratch.readAhead &+= vietnameseKeys.keys[ahead] }
                        }
                        var silent = SilentRecorder()
                        guard let numbers = tables.evaluate(a, v, cut: cut, shared: &scratch.shared, recorder: &silent) else { continue }
                        let k = Kept(en: a, vi: v, numbers)
                        pairs.append(k)
                        if numbers.evidence >= ScoringModel.rivalEvidence {
                            rivalsEN.offer(a, cents: k.scoreCents, other: Int32(v))
                            rivalsVI.offer(v, cents: k.scoreCents, other: Int32(a))
                        }
                    }
                    kept += pairs.count
                    picker.pick(pairs, into: &chosen)
                }
                let (done, allFound, allKept) = results.store(chosen, chunk: chunk, articles: range.count, candidates: found, kept: kept)
                progress?(AlignmentProgress(englishDone: done, englishTotal: total, candidates: allFound, scored: allKept))
            }
            results.add(picker, rivalsEN, rivalsVI, readAhead: scratch.readAhead)
        }
        var chosen = results.joined()
        Picker.merge(results.pickers, into: &chosen)
        chosen.sort { $0.pair < $1.pair }
        var unique: [Kept] = []
        unique.reserveCapacity(chosen.count)
        for k in chosen where unique.last?.pair != k.pair { unique.append(k) }
        var englishRivals = RivalTable(count: total), vietnameseRivals = RivalTable(count: vietnamese.count)
        for t in results.rivals {
            englishRivals.merge(t.english)
            vietnameseRivals.merge(t.vietnamese)
        }
        return Scan(chosen: unique, kept: results.kept, englishRivals: englishRivals, vietnameseRivals: vietnameseRivals)
    }

    /// What the scan leaves for the decisions: the pairs to explain (English then Vietnamese
    /// order, no repeats), how many pairs reached the cut, and each article's two best candidates.
    struct Scan {
        let chosen: [Kept]
        let kept: Int
        let englishRivals: RivalTable
        let vietnameseRivals: RivalTable
    }

    /// The picks of each chunk of English articles, each worker's picker, and the work done,
    /// shared by the workers.
    final class ChunkResults: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [[Kept]]
        private var next = 0
        private var done = 0, candidates = 0
        private(set) var kept = 0
        private(set) var pickers: [Picker] = []
        private(set) var rivals: [(english: RivalTable, vietnamese: RivalTable)] = []

        init(count: Int) { slots = Array(repeating: [], count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ pairs: [Kept], chunk: Int, articles: Int, candidates c: Int, kept k: Int) -> (Int, Int, Int) {
            lock.lock()
            defer { lock.unlock() }
            slots[chunk] = pairs
            done += articles
            candidates += c
            kept += k
            return (done, candidates, kept)
        }

        /// Kept only so that the workers' read-ahead loads are not optimised away.
        private(set) var readAhead: Int32 = 0

        func add(_ picker: Picker, _ english: RivalTable, _ vietnamese: RivalTable, readAhead ahead: Int32) {
            lock.lock()
            readAhead &+= ahead
            pickers.append(picker)
            rivals.append((english, vietnamese))
            lock.unlock()
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
