import VNCorpus
import VNFeatures

/// Gathers the people of a corpus, article by article, into one group per person.
///
/// The rules, strongest first (a "weak" rule is refused when the two groups state senior roles
/// that disagree, see `RoleEvidence.conflicts`):
/// 1. the same compact key of a full name (`Tô Lâm`, `To Lam`, `Tô Lam`);
/// 2. the same words in another order, for foreign names (`Kishida Fumio`, `Fumio Kishida`);
/// 3. an English (pinyin) form that is a reading of one Hán-Việt name (`Xi Jinping`, `Tập Cận
///    Bình`); when it reads several, only inside an aligned pair;
/// 4. a hyphenated phonetic spelling whose sound key is that of one foreign name (`Thông-lun
///    Xi-xu-lít`, `Pu-tin` for the family name of `Vladimir Putin`);
/// 5. (weak) a foreign name that opens or closes a longer one, in the same article or pair or
///    with a shared role (`Hun Manet`, `Thipadei Hun Manet`);
/// 6. (weak) misspellings: keys one edit apart (two for keys of ten letters or more), with the
///    same article, an aligned pair or a shared role as evidence; never between two Vietnamese
///    names, where one letter makes another name (`Hùng`, `Hưởng`);
/// 7. (weak) inside an aligned pair, an English form that is close to a Hán-Việt reading left
///    unmatched on the Vietnamese side (`Liu Haitao`, `Lưu Hải Tinh` read `liu hai xing`).
///
/// Second mentions never merge anything: `Lâm` is the given name of `Tô Lâm` in one article and
/// may be another Lâm elsewhere.
struct NameClusterer {
    let occurrences: [NameOccurrence]
    let pairs: [(en: String, vi: String)]

    private var sets: DisjointSet
    private var roles: [Set<String>]
    private let partners: [String: Set<String>]
    private let byArticle: [String: [Int]]

    init(occurrences: [NameOccurrence], pairs: [(en: String, vi: String)]) {
        self.occurrences = occurrences
        self.pairs = pairs
        sets = DisjointSet(count: occurrences.count)
        roles = occurrences.map { Set($0.roles) }
        var partners: [String: Set<String>] = [:]
        for p in pairs {
            partners[p.en, default: []].insert(p.vi)
            partners[p.vi, default: []].insert(p.en)
        }
        self.partners = partners
        var byArticle: [String: [Int]] = [:]
        for (i, o) in occurrences.enumerated() { byArticle[o.article, default: []].append(i) }
        self.byArticle = byArticle
    }

    /// The groups of occurrence indices, each sorted, ordered by their first index.
    mutating func clusters() -> [[Int]] {
        sameKey()
        wordOrder()
        pinyin()
        phonetic()
        contained()
        misspellings()
        pairedReadings()
        var groups: [Int: [Int]] = [:]
        for i in occurrences.indices { groups[sets.find(i), default: []].append(i) }
        return groups.values.sorted { $0[0] < $1[0] }
    }

    // MARK: - Joining

    private mutating func join(_ a: Int, _ b: Int, weak: Bool) {
        let ra = sets.find(a), rb = sets.find(b)
        guard ra != rb else { return }
        if weak && RoleEvidence.conflicts(roles[ra], roles[rb]) { return }
        if let joined = sets.union(a, b) { roles[joined.root].formUnion(roles[joined.absorbed]) }
    }

    private mutating func root(_ i: Int) -> Int { sets.find(i) }

    /// The same article, or the two halves of an aligned pair.
    private func together(_ a: Int, _ b: Int) -> Bool {
        let x = occurrences[a].article, y = occurrences[b].article
        return x == y || partners[x]?.contains(y) == true
    }

    private func index(_ keys: (NameOccurrence) -> [String], where include: (NameOccurrence) -> Bool = { _ in true }) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (i, o) in occurrences.enumerated() where include(o) {
            for key in Set(keys(o)) { index[key, default: []].append(i) }
        }
        return index
    }

    // MARK: - Rules

    private mutating func sameKey() {
        let byKey = index { Array($0.compactKeys) }
        for key in byKey.keys.sorted() where !key.isEmpty {
            let group = byKey[key]!
            for other in group.dropFirst() { join(group[0], other, weak: false) }
        }
    }

    private mutating func wordOrder() {
        let byWords = index({ $0.wordKeys.filter { $0.count >= 2 }.map { $0.sorted().joined(separator: " ") } }, where: { !$0.isVietnamese })
        for key in byWords.keys.sorted() {
            let group = byWords[key]!
            for other in group.dropFirst() { join(group[0], other, weak: false) }
        }
    }

    private mutating func pinyin() {
        let byReading = index { Array($0.pinyinKeys) }
        for (i, o) in occurrences.enumerated() where !o.isVietnamese {
            for key in o.compactKeys.sorted() {
                guard let candidates = byReading[key] else { continue }
                let roots = Set(candidates.map { root($0) })
                for c in candidates where roots.count == 1 || together(i, c) { join(i, c, weak: false) }
            }
        }
    }

    private mutating func phonetic() {
        let foreign = { (o: NameOccurrence) in !o.isVietnamese && !o.isPhoneticSpelling }
        let bySound = index({ Array($0.phoneticKeys) }, where: foreign)
        let byFamilySound = index({ $0.wordKeys.filter { $0.count >= 2 }.map { NameKeys.phonetic($0.last!) } }, where: foreign)
        for (i, o) in occurrences.enumerated() where o.isPhoneticSpelling {
            if o.wordKeys.contains(where: { $0.count >= 2 }) {
                let candidates = o.phoneticKeys.sorted().flatMap { bySound[$0] ?? [] }
                if Set(candidates.map { root($0) }).count == 1 { join(i, candidates[0], weak: false) }
                continue
            }
            // One hyphenated word: a word of a full name in the same article, else the family name
            // of one foreign name in the corpus.
            let sound = NameKeys.phonetic(o.wordKeys.first?.first ?? "")
            let local = (byArticle[o.article] ?? []).filter { j in
                j != i && !occurrences[j].isVietnamese
                    && occurrences[j].wordKeys.contains { $0.count >= 2 && $0.contains { NameKeys.phonetic($0) == sound } }
            }
            let candidates = local.isEmpty ? (byFamilySound[sound] ?? []) : local
            if !candidates.isEmpty, Set(candidates.map { root($0) }).count == 1 { join(i, candidates[0], weak: false) }
        }
    }

    private mutating func contained() {
        var byPart: [String: [Int]] = [:]
        for (i, o) in occurrences.enumerated() where !o.isVietnamese {
            var parts = Set<String>()
            for words in o.wordKeys where words.count >= 3 {
                for k in 2..<words.count {
                    parts.insert(words.prefix(k).joined(separator: " "))
                    parts.insert(words.suffix(k).joined(separator: " "))
                }
            }
            for part in parts { byPart[part, default: []].append(i) }
        }
        for (i, o) in occurrences.enumerated() where !o.isVietnamese {
            for words in o.wordKeys where words.count >= 2 {
                let candidates = (byPart[words.joined(separator: " ")] ?? []).filter {
                    together(i, $0) || RoleEvidence.shares(o.roles, occurrences[$0].roles)
                }
                if !candidates.isEmpty, Set(candidates.map { root($0) }).count == 1 { join(i, candidates[0], weak: true) }
            }
        }
    }

    private mutating func misspellings() {
        var keyOccurrences: [String: [Int]] = [:]
        for (i, o) in occurrences.enumerated() {
            for key in o.compactKeys where key.count >= 6 { keyOccurrences[key, default: []].append(i) }
        }
        let keys = keyOccurrences.keys.sorted()
        // Symmetric deletion: two keys one edit apart share a key with one letter deleted, two
        // edits apart (allowed from ten letters) one with two letters deleted.
        var byDeletion: [String: [Int]] = [:]
        for (k, key) in keys.enumerated() {
            for variant in Self.deletions(of: key, depth: key.count >= 10 ? 2 : 1) { byDeletion[variant, default: []].append(k) }
        }
        var candidatePairs = Set<Int>()
        for list in byDeletion.values where list.count > 1 {
            for a in list.indices { for b in list.indices where a < b { candidatePairs.insert(list[a] * keys.count + list[b]) } }
        }
        for code in candidatePairs.sorted() {
            let k1 = keys[code / keys.count], k2 = keys[code % keys.count]
            let distance = NameKeys.distance(k1, k2, limit: 2)
            let shortest = min(k1.count, k2.count)
            guard distance == 1 && shortest >= 6 || distance == 2 && shortest >= 10 else { continue }
            let a = keyOccurrences[k1]!, b = keyOccurrences[k2]!
            if a.allSatisfy({ occurrences[$0].isVietnamese }) && b.allSatisfy({ occurrences[$0].isVietnamese }) { continue }
            var evidence: (Int, Int)?
            search: for x in a {
                for y in b where together(x, y) || RoleEvidence.shares(occurrences[x].roles, occurrences[y].roles) {
                    evidence = (x, y)
                    break search
                }
            }
            if let (x, y) = evidence { join(x, y, weak: true) }
        }
    }

    /// The key with up to `depth` letters deleted, the key itself included (keys are ASCII).
    static func deletions(of key: String, depth: Int) -> Set<String> {
        let bytes = Array(key.utf8)
        var out: Set<String> = [key]
        out.reserveCapacity(depth >= 2 ? bytes.count * bytes.count / 2 + bytes.count + 1 : bytes.count + 1)
        for i in bytes.indices {
            var one = bytes
            one.remove(at: i)
            out.insert(String(decoding: one, as: UTF8.self))
            guard depth >= 2 else { continue }
            for j in i..<one.count {
                var two = one
                two.remove(at: j)
                out.insert(String(decoding: two, as: UTF8.self))
            }
        }
        return out
    }

    private mutating func pairedReadings() {
        for pair in pairs.sorted(by: { ($0.en, $0.vi) < ($1.en, $1.vi) }) {
            let en = byArticle[pair.en] ?? [], vi = byArticle[pair.vi] ?? []
            let enRoots = Set(en.map { root($0) }), viRoots = Set(vi.map { root($0) })
            let lonelyEN = en.filter { !viRoots.contains(root($0)) && !occurrences[$0].isVietnamese }
            let lonelyVI = vi.filter { !enRoots.contains(root($0)) && !occurrences[$0].readings.isEmpty }
            var matches: [(Int, Int)] = []
            for e in lonelyEN {
                for v in lonelyVI {
                    let close = occurrences[e].wordKeys.compactMap { NameCorrespondence.closeReading(of: $0, among: occurrences[v].readings) }
                    guard let best = close.min(by: { $0.distance < $1.distance }) else { continue }
                    if best.distance <= 2 || RoleEvidence.shares(occurrences[e].roles, occurrences[v].roles) { matches.append((e, v)) }
                }
            }
            // One to one only: an English form close to two names, or the reverse, stays apart.
            for (e, v) in matches where matches.filter({ $0.0 == e }).count == 1 && matches.filter({ $0.1 == v }).count == 1 {
                join(e, v, weak: true)
            }
        }
    }
}
