import Foundation
import VNCorpus
import VNFeatures

/// Scores English-Vietnamese candidates: shared features weighted by type and rarity, minus
/// conflicting evidence (a different holder of the same role, a different number for the same
/// body, incompatible event dates or years, publication dates too far apart).
public struct PairScorer: Sendable {
    public let options: AlignmentOptions
    /// Inverse document frequency of each feature key over the whole corpus.
    let idf: [String: Double]

    public init(options: AlignmentOptions, documentFrequency: [String: Int], articleCount: Int) {
        self.options = options
        var idf: [String: Double] = [:]
        let n = Double(max(articleCount, 1))
        for (key, df) in documentFrequency { idf[key] = log((n + 1) / (Double(df) + 1)) + 1 }
        self.idf = idf
    }

    /// A scorer with the IDF of each key already computed.
    init(options: AlignmentOptions, idf: [String: Double]) {
        self.options = options
        self.idf = idf
    }

    func typeWeight(_ type: ArticleEvidence.FeatureType) -> Double {
        switch type {
        case .person: options.personWeight
        case .body: options.bodyWeight
        case .day: options.dayWeight
        case .month: options.monthWeight
        case .year: options.yearWeight
        case .organization: options.organizationWeight
        case .place: options.placeWeight
        case .number: options.numberWeight
        }
    }

    /// The score of one pair.
    public func score(en a: ArticleEvidence, vi b: ArticleEvidence) -> PairScore {
        var shared: [PairScore.SharedFeature] = []
        var corroborated = false
        var seenPeople = Set<String>()
        // Bodies shared with their owner: the owner-less key of the same body adds nothing more.
        var ownedBodies = Set<String>()
        for key in a.keys.keys where key.hasPrefix("b:") && !key.contains(":?:") && b.keys[key] != nil {
            let parts = key.split(separator: ":")
            if parts.count == 4 { ownedBodies.insert("b:\(parts[1]):?:\(parts[3])") }
        }
        for (key, ref) in a.keys.sorted(by: { $0.key < $1.key }) where b.keys[key] != nil {
            if ownedBodies.contains(key) { continue }
            // A person counts once, however many keys (pinyin, phonetic) they share.
            if ref.type == .person {
                guard seenPeople.insert(ref.display).inserted else { continue }
            }
            var w = typeWeight(ref.type) * (idf[key] ?? 1)
            if ref.type == .person {
                // A person central to both reports says more than one named in passing.
                let c = String(key.dropFirst(2))
                w *= (a.prominence[c] ?? 0.5) * (b.prominence[c] ?? 0.5)
            }
            shared.append(PairScore.SharedFeature(type: ref.type.rawValue, display: ref.display, weight: (w * 100).rounded() / 100))
            if !corroborated, ArticleEvidence.corroborates(key, type: ref.type) { corroborated = true }
        }
        let evidence = shared.reduce(0) { $0 + $1.weight }
        var conflicts: [PairScore.Conflict] = []
        // The people of `a` that a role conflict already holds against the other report.
        var conflictingHolders: [Set<String>] = []

        // A different Vietnamese holder of the same senior role, neither named by the other report.
        for (role, holdersA) in a.roleHolders.sorted(by: { $0.key < $1.key }) {
            guard let holdersB = b.roleHolders[role] else { continue }
            let same = holdersA.contains { ha in holdersB.contains { !ha.isDisjoint(with: $0) } }
            let aAbsent = holdersA.allSatisfy { $0.isDisjoint(with: b.personKeys) }
            let bAbsent = holdersB.allSatisfy { $0.isDisjoint(with: a.personKeys) }
            guard !same, aAbsent, bAbsent else { continue }
            let rank = Gazetteer.shared.entry(id: role)?.rank ?? 9
            guard rank <= 2 else { continue }
            let names = { (h: [Set<String>], e: ArticleEvidence) in
                h.compactMap { $0.sorted().lazy.compactMap { e.personNames[$0] }.first }.sorted().joined(separator: ", ")
            }
            let factor = rank <= 1 ? options.roleConflictFactor : (1 + options.roleConflictFactor) / 2
            conflicts.append(.init(type: "role", reason: "different \(role): \(names(holdersA, a)) vs \(names(holdersB, b))", factor: factor))
            conflictingHolders += holdersA
        }
        // Different principal actors or counterparts: the most senior person of each report is
        // absent from the other.
        for (x, y, what) in [(a.principal, b.principal, "Vietnamese principals"), (a.counterpart, b.counterpart, "counterparts")] {
            let keysA = what == "counterparts" ? a.counterpartKeys : a.principalKeys
            let keysB = what == "counterparts" ? b.counterpartKeys : b.principalKeys
            // Compared on every key, so `Thongloun Sisoulith` meets `Thông-lun Xi-xu-lít`.
            guard let pa = x, let pb = y, keysA.isDisjoint(with: keysB), keysA.isDisjoint(with: b.personKeys),
                  keysB.isDisjoint(with: a.personKeys) else { continue }
            // A person already counted against the pair by a role conflict is not counted twice.
            guard conflictingHolders.allSatisfy({ $0.isDisjoint(with: keysA) }) else { continue }
            conflicts.append(.init(type: "principal", reason: "different \(what): \(a.personNames[pa] ?? pa) vs \(b.personNames[pb] ?? pb), neither named by the other report", factor: options.principalConflictFactor))
        }
        // Different places of the event: each lead names provinces or cities the other report
        // never names.
        if !a.leadPlaces.isEmpty, !b.leadPlaces.isEmpty, a.leadPlaces.allSatisfy({ b.placeNames[$0] == nil }),
           b.leadPlaces.allSatisfy({ a.placeNames[$0] == nil }) {
            let show = { (e: ArticleEvidence) in e.leadPlaces.compactMap { e.placeNames[$0] }.sorted().joined(separator: ", ") }
            conflicts.append(.init(type: "place", reason: "event places differ: \(show(a)) vs \(show(b)), neither named by the other report",
                                   factor: options.placeConflictFactor))
        }
        // A different number for the same numbered body of the same owner.
        for (body, numbersA) in a.bodyNumbers.sorted(by: { $0.key < $1.key }) {
            guard let numbersB = b.bodyNumbers[body], numbersA.isDisjoint(with: numbersB) else { continue }
            conflicts.append(.init(type: "body", reason: "different \(body.replacingOccurrences(of: ":", with: " of ")): \(numbersA.sorted().map(String.init).joined(separator: ", ")) vs \(numbersB.sorted().map(String.init).joined(separator: ", "))", factor: options.bodyConflictFactor))
        }
        // Event dates: no day of one report within a day of a day of the other.
        if !a.eventDays.isEmpty, !b.eventDays.isEmpty,
           !a.eventDays.contains(where: { da in b.eventDays.contains { abs($0.dayNumber - da.dayNumber) <= 1 } }) {
            let show = { (d: [CalendarDate]) in d.map(\.description).joined(separator: ", ") }
            conflicts.append(.init(type: "date", reason: "event dates differ: \(show(a.eventDays)) vs \(show(b.eventDays))", factor: options.dateConflictFactor))
        }
        if let pa = a.publication, let pb = b.publication, abs(pa.dayNumber - pb.dayNumber) > options.windowDays {
            conflicts.append(.init(type: "window", reason: "published \(abs(pa.dayNumber - pb.dayNumber)) days apart (\(pa) vs \(pb)); window is \(options.windowDays) days", factor: options.windowFactor))
        }
        if !a.years.isEmpty, !b.years.isEmpty, a.years.isDisjoint(with: b.years) {
            let show = { (s: Set<Int>) in s.sorted().map(String.init).joined(separator: ", ") }
            conflicts.append(.init(type: "years", reason: "years mentioned differ: \(show(a.years)) vs \(show(b.years))", factor: options.yearConflictFactor))
        }
        if !corroborated, !shared.isEmpty {
            conflicts.append(.init(type: "uncorroborated", reason: "nothing shared but dates and background (countries, international bodies, parties, media)",
                                   factor: options.uncorroboratedFactor))
        }
        var score = evidence
        for i in conflicts.indices {
            let after = score * conflicts[i].factor
            conflicts[i].penalty = ((score - after) * 100).rounded() / 100
            score = after
        }
        score = (score * 100).rounded() / 100
        return PairScore(en: a.id, vi: b.id, score: score, evidence: (evidence * 100).rounded() / 100, shared: shared, conflicts: conflicts)
    }
}
