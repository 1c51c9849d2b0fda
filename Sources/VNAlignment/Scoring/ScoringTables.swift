import Foundation
import VNCorpus
import VNFeatures

/// The numbers of a pair's score: what the shared evidence adds to the log-odds, the log-odds
/// after the bias and the conflicts, and whether the pair shares key actors.
struct PairNumbers: Sendable {
    var evidence: Double
    var logit: Double
    var sharesKeyActors: Bool
}

/// The compiled articles of both sides, the tables they refer to, and the one evaluation of a
/// pair: every evidence and conflict rule of the aligner is written here, once.
struct ScoringTables: Sendable {
    let options: AlignmentOptions
    let english: [ArticleEvidence]
    let vietnamese: [ArticleEvidence]
    let englishKeys: ScoringKeys
    let vietnameseKeys: ScoringKeys
    let englishForms: [ScoringForm]
    let vietnameseForms: [ScoringForm]
    /// By key id: its rarity (IDF over the corpus, divided by the largest IDF the corpus can
    /// give, so that it lies in (0, 1] whatever the corpus size), its evidence kind (index of
    /// `EvidenceKind.allCases`), and for an owned body key (`b:kind:owner:n`) the id of its
    /// owner-less twin (`b:kind:?:n`), or -1.
    let rarity: [Double]
    let kinds: [Int8]
    let twin: [Int32]
    /// By key id, for explanations: the key, its type and how to show it.
    let strings: [String]
    let types: [ArticleEvidence.FeatureType]
    let displays: [String]
    /// Rank of each role id (`Gazetteer` rank, 9 when unknown) and its name.
    let roleRank: [Int]
    let roleNames: [String]
    let bodyNames: [String]
    let measureNames: [String]
    let groupNames: [String]
    let kindNames: [String]
    /// The model's weights by evidence kind, and which kinds corroborate (tell the event apart
    /// from the day's other events) or are key actors.
    let weights: [Double]
    let corroborating: [Bool]
    let actor: [Bool]

    /// The highest evidence a pair can have and still be left out of the result: under it, a
    /// pair can be neither paired (its conflicts can only lower it) nor listed as related.
    var cut: Double { Self.cut(options: options) }

    /// The cut of `options`: the related threshold, the evidence a rival needs
    /// (`ScoringModel.rivalEvidence`), or the evidence under which even the most favourable
    /// conflicts and margins leave a pair under the threshold, whichever is lowest.
    static func cut(options: AlignmentOptions) -> Double {
        let gain = options.model.conflicts.filter { $0 > 0 }.reduce(0, +)
        return min(options.relatedThreshold, ScoringModel.rivalEvidence,
                   options.model.lowestEventLogit(reaching: options.thresholdLogit) - options.model.bias - gain)
    }

    /// The one evaluation of English article `a` and Vietnamese article `b`: nil when its
    /// evidence stays under `cut` (its conflicts are then not looked at).
    func evaluate<R: EvaluationRecorder>(_ a: Int, _ b: Int, cut: Double, shared: inout [Int32], recorder: inout R) -> PairNumbers? {
        // Shared keys, as (index in a, index in b) pairs, in key order.
        shared.removeAll(keepingCapacity: true)
        let rangeA = englishKeys.range(a), rangeB = vietnameseKeys.range(b)
        // A merge without unpredictable branches: both sides step past the smaller key (both on
        // a shared one), and only shared keys, a few in a hundred, take a branch.
        englishKeys.keys.withUnsafeBufferPointer { keysA in
            vietnameseKeys.keys.withUnsafeBufferPointer { keysB in
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
            if twin[Int(englishKeys.keys[Int(shared[t])])] >= 0 { owned = true; break }
            t += 2
        }
        // Evidence sums by kind (at most 16 kinds: a fixed-size buffer on the stack).
        assert(weights.count <= 16, "ScoringTables.evaluate sums at most 16 evidence kinds")
        var sums: (Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double, Double) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var actors = false
        var corroborated = false
        var seenGroups: UInt64 = 0
        var seenOverflow: [Int32] = []
        var s = 0
        withUnsafeMutableBytes(of: &sums) { raw in
            let sum = raw.bindMemory(to: Double.self)
            while s < shared.count {
                let ia = Int(shared[s]), ib = Int(shared[s + 1])
                s += 2
                let k = Int(englishKeys.keys[ia])
                let kind = Int(kinds[k])
                // Bodies shared with their owner: the owner-less key of the same body adds nothing more.
                if owned, types[k] == .body, isOwnedTwin(Int32(k), shared: shared) { continue }
                if types[k] == .person {
                    // A person counts once, however many keys (pinyin, phonetic) they share.
                    let g = englishKeys.groups[ia]
                    if g < 64 {
                        let bit: UInt64 = 1 << UInt64(g)
                        if seenGroups & bit != 0 { continue }
                        seenGroups |= bit
                    } else {
                        if seenOverflow.contains(g) { continue }
                        seenOverflow.append(g)
                    }
                }
                let amount = englishKeys.factors[ia] * vietnameseKeys.factors[ib]  // rarity[k] * factor * factor
                sum[kind] += amount
                if actor[kind] { actors = true }
                if corroborating[kind] { corroborated = true }
                recorder.shared(key: Int32(k), kind: kind, amount: amount)
            }
        }
        var evidence = 0.0
        withUnsafeBytes(of: &sums) { raw in
            let sum = raw.bindMemory(to: Double.self)
            for kind in 0..<weights.count where sum[kind] > 0 { evidence += weights[kind] * log1p(sum[kind]) }
        }
        guard evidence >= cut else { return nil }
        var logit = options.model.bias + evidence
        func fire(_ kind: ConflictKind, _ strength: Double = 1, _ reason: @autoclosure () -> String) {
            logit += options.model.weight(kind) * strength
            recorder.conflict(kind, strength: strength, reason: reason())
        }
        let fa = englishForms[a], fb = vietnameseForms[b]
        let ea = english[a], eb = vietnamese[b]

        // A different Vietnamese holder of the same senior role, neither named by the other
        // report (rank-1 roles in full, rank-2 roles at half strength).
        var conflictingHolders: [[Int32]] = []
        Self.forEachShared(fa.roles, fb.roles, id: \.role) { x, holdersA, holdersB in
            let same = holdersA.holders.contains { ha in holdersB.holders.contains { Self.intersects(ha, $0) } }
            let aAbsent = holdersA.holders.allSatisfy { !Self.intersects($0, fb.persons) }
            let bAbsent = holdersB.holders.allSatisfy { !Self.intersects($0, fa.persons) }
            let rank = roleRank[Int(x)]
            guard !same, aAbsent, bAbsent, rank <= 2 else { return true }
            let role = roleNames[Int(x)]
            fire(.role, rank <= 1 ? 1 : 0.5, "different \(role): \(Self.holderNames(ea, role)) vs \(Self.holderNames(eb, role))")
            conflictingHolders += holdersA.holders
            return true
        }
        // Different principals or counterparts, compared on every key (`Thongloun Sisoulith`
        // meets `Thông-lun Xi-xu-lít`), neither named by the other report.
        for counterparts in [false, true] {
            guard let keysA = counterparts ? fa.counterpart : fa.principal, let keysB = counterparts ? fb.counterpart : fb.principal,
                  !Self.intersects(keysA, keysB), !Self.intersects(keysA, fb.persons), !Self.intersects(keysB, fa.persons) else { continue }
            // A person already counted against the pair by a role conflict is not counted twice.
            guard !conflictingHolders.contains(where: { Self.intersects($0, keysA) }) else { continue }
            let what = counterparts ? "counterparts" : "Vietnamese principals"
            let (pa, pb) = counterparts ? (ea.counterpart, eb.counterpart) : (ea.principal, eb.principal)
            fire(.principal, 1, "different \(what): \(pa.flatMap { ea.personNames[$0] } ?? pa ?? "?") vs \(pb.flatMap { eb.personNames[$0] } ?? pb ?? "?"), neither named by the other report")
        }
        // Different places of the event: each lead names provinces or cities the other report never names.
        if !fa.leadPlaces.isEmpty, !fb.leadPlaces.isEmpty, !Self.intersects(fa.leadPlaces, fb.places), !Self.intersects(fb.leadPlaces, fa.places) {
            fire(.place, 1, "event places differ: \(Self.leadPlaceNames(ea)) vs \(Self.leadPlaceNames(eb)), neither named by the other report")
        }
        // A different number for the same numbered body of the same owner.
        Self.forEachShared(fa.bodies, fb.bodies, id: \.body) { x, a, b in
            if !Self.intersects(a.numbers, b.numbers) {
                fire(.body, 1, "different \(bodyNames[Int(x)].replacingOccurrences(of: ":", with: " of ")): \(Self.list(a.numbers)) vs \(Self.list(b.numbers))")
            }
            return true
        }
        // Event days: no day of one report within a day of a day of the other.
        if !fa.eventDays.isEmpty, !fb.eventDays.isEmpty,
           !fa.eventDays.contains(where: { da in fb.eventDays.contains { abs($0 - da) <= 1 } }) {
            fire(.date, 1, "event dates differ: \(ea.eventDays.map(\.description).joined(separator: ", ")) vs \(eb.eventDays.map(\.description).joined(separator: ", "))")
        }
        if let pa = fa.publication, let pb = fb.publication, abs(pa - pb) > options.windowDays {
            fire(.window, 1, "published \(abs(pa - pb)) days apart (\(ea.publication!) vs \(eb.publication!)); window is \(options.windowDays) days")
        }
        if !fa.years.isEmpty, !fb.years.isEmpty, !Self.intersects(fa.years, fb.years) {
            fire(.years, 1, "years mentioned differ: \(Self.list(fa.years)) vs \(Self.list(fb.years))")
        }
        if !corroborated, !shared.isEmpty {
            fire(.uncorroborated, 1, "nothing shared but dates, event kinds and background (countries, international bodies, parties, media)")
        }
        // The same quantity with figures that differ (beyond rounding): another day's toll,
        // another period's growth. Counted once per pair.
        Self.forEachShared(fa.quantities, fb.quantities, id: \.measure) { x, a, b in
            guard !a.values.contains(where: { u in b.values.contains { Self.sameFigure(u, $0) } }) else { return true }
            fire(.quantity, 1, "\(measureNames[Int(x)]) differs: \(Self.figures(a.values)) vs \(Self.figures(b.values))")
            return false
        }
        // Exclusive event kinds: opening vs closing, first vs second leg. Counted once per pair.
        Self.forEachShared(fa.stages, fb.stages, id: \.group) { x, a, b in
            guard !Self.intersects(a.kinds, b.kinds) else { return true }
            let show = { (k: [Int32]) in k.map { kindNames[Int($0)] }.joined(separator: ", ") }
            fire(.stage, 1, "different \(groupNames[Int(x)]) stage: \(show(a.kinds)) vs \(show(b.kinds))")
            return false
        }
        if let ta = fa.tense, let tb = fb.tense, ta != tb {
            fire(.tense, 1, "one report announces the event, the other tells what happened (\(ta.rawValue) vs \(tb.rawValue))")
        }
        return PairNumbers(evidence: evidence, logit: logit, sharesKeyActors: actors)
    }

    /// The log-odds a rival counts for at least: a candidate sharing nothing (the model's bias).
    var rivalFloor: Double { options.model.bias }

    /// The explained score of a pair, from what its evaluation fired (its own evidence only; see
    /// `PairScore.ranked` for the second stage).
    func explain(_ a: Int, _ b: Int) -> PairScore {
        var recorder = ExplainingRecorder()
        var shared: [Int32] = []
        let numbers = evaluate(a, b, cut: -.infinity, shared: &shared, recorder: &recorder)!
        var sums = [Double](repeating: 0, count: weights.count)
        for k in recorder.keys { sums[k.kind] += k.amount }
        let features = recorder.keys.map { k in
            PairScore.SharedFeature(type: types[Int(k.key)].rawValue, kind: EvidenceKind.allCases[k.kind], display: displays[Int(k.key)],
                                    weight: Self.cents(weights[k.kind] * log1p(sums[k.kind]) * k.amount / sums[k.kind]))
        }
        let conflicts = recorder.conflicts.map {
            PairScore.Conflict(type: $0.kind, reason: $0.reason, penalty: Self.cents(-options.model.weight($0.kind) * $0.strength))
        }
        return PairScore(en: english[a].id, vi: vietnamese[b].id, probability: Self.probability(numbers.logit), score: Self.cents(numbers.logit),
                         eventScore: Self.cents(numbers.logit), rivalry: nil, evidence: Self.cents(numbers.evidence), shared: features,
                         conflicts: conflicts)
    }

    /// The model's inputs for a pair (`FeatureRecorder.vector`), for fitting.
    func features(_ a: Int, _ b: Int) -> [Double] {
        var recorder = FeatureRecorder()
        var shared: [Int32] = []
        _ = evaluate(a, b, cut: -.infinity, shared: &shared, recorder: &recorder)
        return recorder.vector
    }

    /// The rarity of a key found in `df` of `n` articles: its IDF, `log((n + 1) / (df + 1)) + 1`,
    /// over the IDF of a key no article has, `log(n + 1) + 1`.
    static func rarity(documentFrequency df: Int32, articles n: Double) -> Double {
        (log((n + 1) / (Double(df) + 1)) + 1) / (log(n + 1) + 1)
    }

    static func cents(_ x: Double) -> Double { (x * 100).rounded() / 100 }
    /// The probability of a log-odds given to the cent, rounded to four places.
    static func probability(_ logit: Double) -> Double { (ScoringModel.probability(logit: cents(logit)) * 10_000).rounded() / 10_000 }

    /// Whether two figures of one quantity are the same up to rounding (3 % or 1).
    static func sameFigure(_ x: Double, _ y: Double) -> Bool {
        abs(x - y) <= max(1, 0.03 * max(abs(x), abs(y)))
    }

    /// Whether body key `k` is the owner-less twin of an owned body key that is shared.
    func isOwnedTwin(_ k: Int32, shared: [Int32]) -> Bool {
        var s = 0
        while s < shared.count {
            if twin[Int(englishKeys.keys[Int(shared[s])])] == k { return true }
            s += 2
        }
        return false
    }

    /// Calls `body` with each id two lists ascending by `id` share and both entries, in id order,
    /// until it returns false.
    static func forEachShared<T>(_ a: [T], _ b: [T], id: (T) -> Int32, _ body: (Int32, T, T) -> Bool) {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            let x = id(a[i]), y = id(b[j])
            if x < y { i += 1; continue }
            if x > y { j += 1; continue }
            guard body(x, a[i], b[j]) else { return }
            i += 1
            j += 1
        }
    }

    /// Whether two ascending arrays share an element.
    static func intersects<T: Comparable>(_ a: [T], _ b: [T]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { return true }
        }
        return false
    }

    static func list(_ numbers: [Int]) -> String { numbers.map(String.init).joined(separator: ", ") }
    static func figures(_ values: [Double]) -> String { values.map { ArticleEvidence.significant($0) }.joined(separator: ", ") }

    static func holderNames(_ e: ArticleEvidence, _ role: String) -> String {
        (e.roleHolders[role] ?? []).compactMap { $0.sorted().lazy.compactMap { e.personNames[$0] }.first }.sorted().joined(separator: ", ")
    }

    static func leadPlaceNames(_ e: ArticleEvidence) -> String {
        e.leadPlaces.compactMap { e.placeNames[$0] }.sorted().joined(separator: ", ")
    }
}
