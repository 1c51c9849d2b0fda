import Foundation
import VNCorpus

/// How far an alignment has got, for a progress display.
public struct AlignmentProgress: Sendable {
    /// English articles whose candidates have been scored, of `englishTotal`.
    public let englishDone: Int
    public let englishTotal: Int
    /// Candidate pairs found through the index so far.
    public let candidates: Int
    /// Candidates whose evidence could reach the related threshold, and so were scored in full.
    public let scored: Int
}

/// The candidate pairs of a corpus and their scores, on every core.
///
/// Feature keys are interned once to integers. Candidates come from an inverted index over the
/// Vietnamese side (keys of people, bodies, days, numbers and organisations, postings no longer
/// than `maxPostingShare` of the corpus), exactly as before; what changed is the cost of each:
///
/// 1. While the postings are walked, the weights of the shared indexed keys are summed per
///    candidate; with the weights of the English article's other keys added, that bounds the
///    evidence from above (prominence never exceeds 1, rounding adds at most half a cent a key).
/// 2. Candidates whose bound passes get an exact bound from a merge of the two sorted key lists.
/// 3. Only candidates whose exact bound can reach `min(relatedThreshold, threshold)` are scored
///    by `PairScorer`, whose verdict decides. Every pair the plain loop would keep is kept, with
///    the same score.
struct CandidateIndex {
    let options: AlignmentOptions
    let english: [ArticleEvidence]
    let vietnamese: [ArticleEvidence]
    let scorer: PairScorer

    /// Sorted key ids of each article, English then Vietnamese, and each key's prominence factor
    /// in that article (1 except for people).
    let englishKeys: [[Int32]]
    let englishFactors: [[Double]]
    let vietnameseKeys: [[Int32]]
    let vietnameseFactors: [[Double]]
    /// Type weight times IDF, by key id.
    let weight: [Double]
    /// Postings of the Vietnamese side (compressed rows): `postings[start[k]..<start[k + 1]]`;
    /// empty for keys that do not find candidates.
    let start: [Int32]
    let postings: [Int32]

    init(english: [ArticleEvidence], vietnamese: [ArticleEvidence], all evidence: [ArticleEvidence], options: AlignmentOptions) {
        self.options = options
        self.english = english
        self.vietnamese = vietnamese

        // Intern every key; count document frequencies.
        var ids: [String: Int32] = [:]
        var strings: [String] = []
        var types: [ArticleEvidence.FeatureType] = []
        var df: [Int32] = []
        ids.reserveCapacity(evidence.count * 8)
        func intern(_ e: ArticleEvidence) -> ([Int32], [Double]) {
            var keys: [(Int32, Double)] = []
            keys.reserveCapacity(e.keys.count)
            for (key, ref) in e.keys {
                let id: Int32
                if let known = ids[key] {
                    id = known
                    df[Int(id)] += 1
                } else {
                    id = Int32(strings.count)
                    ids[key] = id
                    strings.append(key)
                    types.append(ref.type)
                    df.append(1)
                }
                var factor = 1.0
                if ref.type == .person { factor = e.prominence[String(key.dropFirst(2))] ?? 0.5 }
                keys.append((id, factor))
            }
            keys.sort { $0.0 < $1.0 }
            return (keys.map(\.0), keys.map(\.1))
        }
        // Document frequencies count every article of either language.
        var english = [[Int32]](), englishFactors = [[Double]]()
        var vietnamese = [[Int32]](), vietnameseFactors = [[Double]]()
        english.reserveCapacity(self.english.count)
        vietnamese.reserveCapacity(self.vietnamese.count)
        for e in self.english { let (k, f) = intern(e); english.append(k); englishFactors.append(f) }
        for e in self.vietnamese { let (k, f) = intern(e); vietnamese.append(k); vietnameseFactors.append(f) }
        englishKeys = english
        self.englishFactors = englishFactors
        vietnameseKeys = vietnamese
        self.vietnameseFactors = vietnameseFactors

        let n = Double(max(evidence.count, 1))
        var idf: [String: Double] = [:]
        idf.reserveCapacity(strings.count)
        var weight = [Double](repeating: 0, count: strings.count)
        let probe = PairScorer(options: options, idf: [:])
        for (i, key) in strings.enumerated() {
            let value = log((n + 1) / (Double(df[i]) + 1)) + 1
            idf[key] = value
            weight[i] = probe.typeWeight(types[i]) * value
        }
        self.weight = weight
        scorer = PairScorer(options: options, idf: idf)

        // Postings of the keys that find candidates.
        let maxPosting = max(20, Int(options.maxPostingShare * Double(self.vietnamese.count)))
        var count = [Int32](repeating: 0, count: strings.count + 1)
        for keys in vietnamese { for k in keys { count[Int(k)] += 1 } }
        var start = [Int32](repeating: 0, count: strings.count + 1)
        var total: Int32 = 0
        for k in 0..<strings.count {
            start[k] = total
            if count[k] <= maxPosting, Self.findsCandidates(types[k]) { total += count[k] }
        }
        start[strings.count] = total
        var fill = start
        var postings = [Int32](repeating: 0, count: Int(total))
        for (v, keys) in vietnamese.enumerated() {
            for k in keys where start[Int(k) + 1] > start[Int(k)] {
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

    /// Every candidate pair whose evidence reaches `min(relatedThreshold, threshold)`, scored,
    /// sorted by English then Vietnamese article (the order of the inputs).
    func scoreAll(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                  progress: (@Sendable (AlignmentProgress) -> Void)? = nil) -> [PairScore] {
        let total = english.count
        guard total > 0, !vietnamese.isEmpty else { return [] }
        let chunkSize = max(16, min(512, total / max(1, workers * 16)))
        let chunks = (total + chunkSize - 1) / chunkSize
        let results = ChunkResults(count: chunks)
        let workers = max(1, min(workers, chunks))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var scratch = Scratch(count: vietnamese.count)
            while let chunk = results.claim() {
                var scores: [PairScore] = []
                var candidates = 0, scored = 0
                let range = (chunk * chunkSize)..<min(total, (chunk + 1) * chunkSize)
                for a in range { score(english: a, into: &scores, scratch: &scratch, candidates: &candidates, scored: &scored) }
                let (done, allCandidates, allScored) = results.store(scores, chunk: chunk, articles: range.count, candidates: candidates, scored: scored)
                progress?(AlignmentProgress(englishDone: done, englishTotal: total, candidates: allCandidates, scored: allScored))
            }
        }
        return results.joined()
    }

    /// Per-thread arrays indexed by Vietnamese article.
    struct Scratch {
        var mark: [Int32]
        var sum: [Double]
        var list: [Int32] = []

        init(count: Int) {
            mark = [Int32](repeating: -1, count: count)
            sum = [Double](repeating: 0, count: count)
        }
    }

    func score(english a: Int, into scores: inout [PairScore], scratch: inout Scratch, candidates: inout Int, scored: inout Int) {
        let keys = englishKeys[a], factors = englishFactors[a]
        let cut = min(options.relatedThreshold, options.threshold)
        // Rounding each shared weight to the cent can add half a cent a key.
        let slack = 0.005 * Double(keys.count) + 1e-9
        var rest = 0.0
        scratch.list.removeAll(keepingCapacity: true)
        let mark = Int32(a)
        for (i, k) in keys.enumerated() {
            let w = weight[Int(k)] * factors[i]
            let from = Int(start[Int(k)]), to = Int(start[Int(k) + 1])
            if from == to {
                rest += w
                continue
            }
            for p in from..<to {
                let v = Int(postings[p])
                if scratch.mark[v] != mark {
                    scratch.mark[v] = mark
                    scratch.sum[v] = 0
                    scratch.list.append(Int32(v))
                }
                scratch.sum[v] += w
            }
        }
        candidates += scratch.list.count
        scratch.list.sort()
        for c in scratch.list {
            let v = Int(c)
            guard scratch.sum[v] + rest + slack >= cut else { continue }
            // The exact bound: a merge of the two sorted key lists.
            let other = vietnameseKeys[v], otherFactors = vietnameseFactors[v]
            var i = 0, j = 0, shared = 0
            var bound = 0.0
            while i < keys.count && j < other.count {
                if keys[i] < other[j] { i += 1 } else if keys[i] > other[j] { j += 1 } else {
                    bound += weight[Int(keys[i])] * factors[i] * otherFactors[j]
                    shared += 1
                    i += 1
                    j += 1
                }
            }
            guard bound + 0.005 * Double(shared) + 1e-9 >= cut else { continue }
            scored += 1
            let s = scorer.score(en: english[a], vi: vietnamese[v])
            if s.evidence >= cut { scores.append(s) }
        }
    }

    /// The scores of each chunk of English articles, and the work done, shared by the workers.
    final class ChunkResults: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [[PairScore]]
        private var next = 0
        private var done = 0, candidates = 0, scored = 0

        init(count: Int) { slots = Array(repeating: [], count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ scores: [PairScore], chunk: Int, articles: Int, candidates c: Int, scored s: Int) -> (Int, Int, Int) {
            lock.lock()
            defer { lock.unlock() }
            slots[chunk] = scores
            done += articles
            candidates += c
            scored += s
            return (done, candidates, scored)
        }

        func joined() -> [PairScore] {
            lock.lock()
            defer { lock.unlock() }
            return Array(slots.joined())
        }
    }
}
