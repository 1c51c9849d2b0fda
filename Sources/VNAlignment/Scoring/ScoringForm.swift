import Foundation
import VNCorpus
import VNFeatures

/// What an article's conflicts are judged on, compiled for scoring millions of pairs: every
/// string replaced by an integer, every set by a sorted array. (Its keys are kept apart, in
/// `ScoringKeys`.)
final class ScoringForm: Sendable {
    /// Person ids of `personKeys`, ascending.
    let persons: [Int32]
    /// Vietnamese role holders, by role id ascending (the roles' string order).
    let roles: [(role: Int32, holders: [[Int32]])]
    /// The principal's and the counterpart's keys (ascending person ids), when there is one.
    let principal: [Int32]?
    let counterpart: [Int32]?
    /// Province and city ids of the lead, and of the whole report, ascending.
    let leadPlaces: [Int32]
    let places: [Int32]
    /// Numbered bodies by owner (`kind:owner` id ascending), with their numbers ascending.
    let bodies: [(body: Int32, numbers: [Int])]
    let eventDays: [Int]
    let publication: Int?
    let years: [Int]

    init(persons: [Int32], roles: [(role: Int32, holders: [[Int32]])], principal: [Int32]?, counterpart: [Int32]?,
         leadPlaces: [Int32], places: [Int32], bodies: [(body: Int32, numbers: [Int])], eventDays: [Int], publication: Int?, years: [Int]) {
        self.persons = persons
        self.leadPlaces = leadPlaces
        self.places = places
        self.roles = roles
        self.principal = principal
        self.counterpart = counterpart
        self.bodies = bodies
        self.eventDays = eventDays
        self.publication = publication
        self.years = years
    }
}

/// The keys of many articles in three flat arrays (no per-article arrays to retain while
/// scoring): article `i` has `keys[start[i]..<start[i + 1]]`, key ids ascending (their string
/// order, so merging two articles' keys visits shared keys in the order `PairScorer` does), with
/// the prominence of the person each key names (`prominence[c] ?? 0.5`; 1 for other keys) and,
/// for person keys, which person of the article (by display name) it names (-1 otherwise).
struct ScoringKeys: Sendable {
    var start: [Int32] = [0]
    var keys: [Int32] = []
    var factors: [Double] = []
    var groups: [Int32] = []

    mutating func append(_ entries: [(key: Int32, factor: Double, group: Int32)]) {
        for e in entries {
            keys.append(e.key)
            factors.append(e.factor)
            groups.append(e.group)
        }
        start.append(Int32(keys.count))
    }

    func range(_ i: Int) -> Range<Int> { Int(start[i])..<Int(start[i + 1]) }
}

/// The numbers of a pair's score without its explanation: exactly the `evidence` and `score`
/// that `PairScorer.score` would give (the same operations in the same order), and whether the
/// pair shares key actors. Explanations are built only for the pairs that are reported.
struct FastScore: Sendable {
    var evidence: Double
    var score: Double
    var sharesKeyActors: Bool
}

/// The compiled articles of both sides, the tables they refer to, and the numeric scorer.
struct ScoringTables: Sendable {
    let options: AlignmentOptions
    let english: ScoringKeys
    let vietnamese: ScoringKeys
    let englishForms: [ScoringForm]
    let vietnameseForms: [ScoringForm]
    /// By key id: type weight times IDF (`typeWeight(type) * idf[key]`), the type, and for an
    /// owned body key (`b:kind:owner:n`) the id of its owner-less twin (`b:kind:?:n`), or -1.
    let base: [Double]
    let types: [ArticleEvidence.FeatureType]
    let twin: [Int32]
    /// By key id: whether the key tells the event apart (`ArticleEvidence.corroborates`).
    let corroborates: [Bool]
    /// Rank of each role id (`Gazetteer` rank, 9 when unknown).
    let roleRank: [Int]

    /// The numbers of the pair's score (English article `a` of `english`, Vietnamese `b` of
    /// `vietnamese`); nil when its evidence stays under `cut` (its conflicts are then not looked
    /// at).
    func score(_ a: Int, _ b: Int, cut: Double, shared: inout [Int32]) -> FastScore? {
        // Shared keys, as (index in a, index in b) pairs, in key order.
        shared.removeAll(keepingCapacity: true)
        let rangeA = english.range(a), rangeB = vietnamese.range(b)
        // A merge without unpredictable branches: both sides step past the smaller key (both on
        // a shared one), and only shared keys, a few in a hundred, take a branch.
        english.keys.withUnsafeBufferPointer { keysA in
            vietnamese.keys.withUnsafeBufferPointer { keysB in
                var i = rangeA.lowerBound, j = rangeB.lowerBound
                let endA = rangeA.upperBound, endB = rangeB.upperBound
                while i < endA && j < endB {
                    let x = keysA[i], y = keysB[j]
                    if x == y {
                        shared.append(Int32(i))
                        shared.append(Int32(j))
                    }
                    i &+= x <= y ? 1 : 0
                    j &+= y <= x ? 1 : 0
                }
            }
        }
        var owned = false
        var t = 0
        while t < shared.count {
            if twin[Int(english.keys[Int(shared[t])])] >= 0 { owned = true; break }
            t += 2
        }
        var evidence = 0.0
        var actors = false
        var corroborated = false
        var seenGroups: UInt64 = 0
        var seenOverflow: [Int32] = []
        var s = 0
        while s < shared.count {
            let ia = Int(shared[s]), ib = Int(shared[s + 1])
            s += 2
            let k = Int(english.keys[ia])
            let type = types[k]
            if owned, type == .body, isOwnedTwin(Int32(k), shared: shared, keys: english.keys) { continue }
            var w = base[k]
            if type == .person {
                let g = english.groups[ia]
                if g < 64 {
                    let bit: UInt64 = 1 << UInt64(g)
                    if seenGroups & bit != 0 { continue }
                    seenGroups |= bit
                } else {
                    if seenOverflow.contains(g) { continue }
                    seenOverflow.append(g)
                }
                w *= english.factors[ia] * vietnamese.factors[ib]
            }
            evidence += (w * 100).rounded() / 100
            if type == .person || type == .body { actors = true }
            if corroborates[k] { corroborated = true }
        }
        let roundedEvidence = (evidence * 100).rounded() / 100
        guard roundedEvidence >= cut else { return nil }
        let a = englishForms[a], b = vietnameseForms[b]

        // Conflicts multiply the score in `PairScorer`'s order: roles, principals, places, bodies,
        // event dates, window, years, corroboration.
        var score = evidence
        // The people of `a` that a role conflict already holds against the other report.
        var conflictingHolders: [[Int32]] = []
        // A different Vietnamese holder of the same senior role, neither named by the other report.
        var ra = 0, rb = 0
        while ra < a.roles.count && rb < b.roles.count {
            let x = a.roles[ra].role, y = b.roles[rb].role
            if x < y { ra += 1; continue }
            if x > y { rb += 1; continue }
            let holdersA = a.roles[ra].holders, holdersB = b.roles[rb].holders
            ra += 1
            rb += 1
            let same = holdersA.contains { ha in holdersB.contains { Self.intersects(ha, $0) } }
            let aAbsent = holdersA.allSatisfy { !Self.intersects($0, b.persons) }
            let bAbsent = holdersB.allSatisfy { !Self.intersects($0, a.persons) }
            guard !same, aAbsent, bAbsent else { continue }
            let rank = roleRank[Int(x)]
            guard rank <= 2 else { continue }
            score = score * (rank <= 1 ? options.roleConflictFactor : (1 + options.roleConflictFactor) / 2)
            conflictingHolders += holdersA
        }
        // Different principals or counterparts, compared on every key.
        for counterparts in [false, true] {
            guard let keysA = counterparts ? a.counterpart : a.principal, let keysB = counterparts ? b.counterpart : b.principal,
                  !Self.intersects(keysA, keysB), !Self.intersects(keysA, b.persons), !Self.intersects(keysB, a.persons) else { continue }
            // A person already counted against the pair by a role conflict is not counted twice.
            guard !conflictingHolders.contains(where: { Self.intersects($0, keysA) }) else { continue }
            score = score * options.principalConflictFactor
        }
        if !a.leadPlaces.isEmpty, !b.leadPlaces.isEmpty, !Self.intersects(a.leadPlaces, b.places), !Self.intersects(b.leadPlaces, a.places) {
            score = score * options.placeConflictFactor
        }
        // A different number for the same numbered body of the same owner.
        var ba = 0, bb = 0
        while ba < a.bodies.count && bb < b.bodies.count {
            let x = a.bodies[ba].body, y = b.bodies[bb].body
            if x < y { ba += 1; continue }
            if x > y { bb += 1; continue }
            if !Self.intersects(a.bodies[ba].numbers, b.bodies[bb].numbers) { score = score * options.bodyConflictFactor }
            ba += 1
            bb += 1
        }
        if !a.eventDays.isEmpty, !b.eventDays.isEmpty,
           !a.eventDays.contains(where: { da in b.eventDays.contains { abs($0 - da) <= 1 } }) {
            score = score * options.dateConflictFactor
        }
        if let pa = a.publication, let pb = b.publication, abs(pa - pb) > options.windowDays {
            score = score * options.windowFactor
        }
        if !a.years.isEmpty, !b.years.isEmpty, !Self.intersects(a.years, b.years) {
            score = score * options.yearConflictFactor
        }
        if !corroborated, !shared.isEmpty { score = score * options.uncorroboratedFactor }
        score = (score * 100).rounded() / 100
        return FastScore(evidence: roundedEvidence, score: score, sharesKeyActors: actors)
    }

    /// Whether body key `k` is the owner-less twin of an owned body key that is shared.
    func isOwnedTwin(_ k: Int32, shared: [Int32], keys: [Int32]) -> Bool {
        var s = 0
        while s < shared.count {
            if twin[Int(keys[Int(shared[s])])] == k { return true }
            s += 2
        }
        return false
    }

    /// Whether two ascending arrays share an element.
    static func intersects<T: Comparable>(_ a: [T], _ b: [T]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { return true }
        }
        return false
    }
}
