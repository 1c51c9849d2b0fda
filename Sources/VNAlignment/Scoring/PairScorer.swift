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
        var seenPeople = Set<String>()
        for (key, ref) in a.keys.sorted(by: { $0.key < $1.key }) where b.keys[key] != nil {
            // A person counts once, however many keys (pinyin, phonetic) they share.
            if ref.type == .person {
                guard seenPeople.insert(ref.display).inserted else { continue }
            }
            // An owner-less body key counts only if no owned key of it was shared.
            if ref.type == .body, key.contains(":?:"), shared.contains(where: { $0.type == "body" && $0.display.hasPrefix(ref.display + " (") }) { continue }
            let w = typeWeight(ref.type) * (idf[key] ?? 1)
            shared.append(PairScore.SharedFeature(type: ref.type.rawValue, display: ref.display, weight: (w * 100).rounded() / 100))
        }
        let evidence = shared.reduce(0) { $0 + $1.weight }
        var conflicts: [PairScore.Conflict] = []

        // A different holder of the same senior role, neither named by the other report.
        for (role, holdersA) in a.roleHolders.sorted(by: { $0.key < $1.key }) {
            guard let holdersB = b.roleHolders[role] else { continue }
            guard holdersA.isDisjoint(with: holdersB),
                  holdersA.isDisjoint(with: b.personKeys), holdersB.isDisjoint(with: a.personKeys) else { continue }
            let rank = Gazetteer.shared.entry(id: role)?.rank ?? 9
            guard rank <= 3 else { continue }
            let names = { (h: Set<String>, e: ArticleEvidence) in h.sorted().map { e.personNames[$0] ?? $0 }.joined(separator: ", ") }
            let penalty = options.roleConflictPenalty * (rank <= 1 ? 1 : 0.6)
            conflicts.append(.init(type: "role", reason: "different \(role): \(names(holdersA, a)) vs \(names(holdersB, b))", penalty: penalty))
        }
        // A different number for the same numbered body of the same owner.
        for (body, numbersA) in a.bodyNumbers.sorted(by: { $0.key < $1.key }) {
            guard let numbersB = b.bodyNumbers[body], numbersA.isDisjoint(with: numbersB) else { continue }
            conflicts.append(.init(type: "body", reason: "different \(body.replacingOccurrences(of: ":", with: " of ")): \(numbersA.sorted().map(String.init).joined(separator: ", ")) vs \(numbersB.sorted().map(String.init).joined(separator: ", "))", penalty: options.bodyConflictPenalty))
        }
        // Event dates.
        if let da = a.eventDay, let db = b.eventDay, abs(da.dayNumber - db.dayNumber) > 1 {
            conflicts.append(.init(type: "date", reason: "event dates differ: \(da) vs \(db)", penalty: options.dateConflictPenalty))
        }
        if let pa = a.publication, let pb = b.publication, abs(pa.dayNumber - pb.dayNumber) > options.windowDays {
            conflicts.append(.init(type: "window", reason: "published \(abs(pa.dayNumber - pb.dayNumber)) days apart (\(pa) vs \(pb)); window is \(options.windowDays) days", penalty: options.windowPenalty))
        }
        if !a.years.isEmpty, !b.years.isEmpty, a.years.isDisjoint(with: b.years) {
            let show = { (s: Set<Int>) in s.sorted().map(String.init).joined(separator: ", ") }
            conflicts.append(.init(type: "years", reason: "years mentioned differ: \(show(a.years)) vs \(show(b.years))", penalty: options.yearConflictPenalty))
        }
        let penalty = conflicts.reduce(0) { $0 + $1.penalty }
        let score = ((evidence - penalty) * 100).rounded() / 100
        return PairScore(en: a.id, vi: b.id, score: score, evidence: (evidence * 100).rounded() / 100, shared: shared, conflicts: conflicts)
    }
}
