/// How a pair stands against its rivals: the best log-odds of each article's other candidates,
/// and by how much the pair beats (or trails) them. Reports of one event usually beat every
/// other candidate of both articles; a pair that shares the season's background with a dozen
/// others does not. The second stage of the model turns the pair's own log-odds and these
/// margins into the probability that the two report one event.
///
/// ```swift
/// rivalry.englishRival      // -3.2: the English article's next best candidate
/// rivalry.weakerMargin      // 2.1: the pair beats both articles' rivals by at least this much
/// ```
public struct Rivalry: Sendable, Codable, Equatable {
    /// The best log-odds of the English article's other candidates; nil when none reached the cut.
    public let englishRival: Double?
    /// The best log-odds of the Vietnamese article's other candidates; nil when none reached the cut.
    public let vietnameseRival: Double?
    /// The smaller and the larger of the two margins: the pair's log-odds minus the rival's (a
    /// rival never counting for less than a candidate that shares nothing, the model's bias), 0
    /// for an article with no rival, so that two lone articles are judged on their own evidence
    /// alone; each within ±`ScoringModel.marginLimit`.
    public let weakerMargin: Double
    public let strongerMargin: Double
}

/// The two best log-odds (in cents) of each article's candidates, and the partner of the best.
struct RivalTable: Sendable {
    static let none = Int32.min
    var best: [Int32]
    var partner: [Int32]
    var second: [Int32]

    init(count: Int) {
        best = [Int32](repeating: Self.none, count: count)
        partner = [Int32](repeating: -1, count: count)
        second = [Int32](repeating: Self.none, count: count)
    }

    /// Takes candidate `other` of article `i` with log-odds `cents`.
    mutating func offer(_ i: Int, cents: Int32, other: Int32) {
        if cents > best[i] || (cents == best[i] && other < partner[i]) {
            if partner[i] != other { second[i] = max(second[i], best[i]) }
            best[i] = cents
            partner[i] = other
        } else if other != partner[i], cents > second[i] {
            second[i] = cents
        }
    }

    /// Takes another table's view of the same articles (another worker's, whose candidates are
    /// other articles than this table's).
    mutating func merge(_ t: RivalTable) {
        for i in best.indices where t.best[i] != Self.none {
            if best[i] == Self.none {
                (best[i], partner[i], second[i]) = (t.best[i], t.partner[i], t.second[i])
            } else if t.best[i] > best[i] || (t.best[i] == best[i] && t.partner[i] < partner[i]) {
                second[i] = max(best[i], second[i], t.second[i])
                best[i] = t.best[i]
                partner[i] = t.partner[i]
            } else {
                second[i] = max(second[i], t.best[i], t.second[i])
            }
        }
    }

    /// The best log-odds of article `i`'s candidates other than `other`, if any.
    func rival(of i: Int, excluding other: Int32) -> Double? {
        let cents = partner[i] == other ? second[i] : best[i]
        return cents == Self.none ? nil : Double(cents) / 100
    }
}

extension ScoringModel {
    /// Margins are taken within ± this many log-odds.
    public static let marginLimit = 8.0
    /// The evidence a candidate needs to count as a rival (in log-odds of shared evidence), a
    /// constant so that the model does not depend on display settings such as the related
    /// threshold.
    public static let rivalEvidence = 1.5

    /// The final log-odds of a pair from its own (`event`) and its rivals', with the rivalry that
    /// explains it. A rival counts for at least `floor` (the log-odds of a candidate sharing
    /// nothing, the model's bias); an article without one has no margin (0).
    public func finalLogit(event z: Double, englishRival: Double?, vietnameseRival: Double?, floor: Double) -> (logit: Double, rivalry: Rivalry) {
        let limit = Self.marginLimit
        let me = englishRival.map { min(max(z - max($0, floor), -limit), limit) } ?? 0
        let mv = vietnameseRival.map { min(max(z - max($0, floor), -limit), limit) } ?? 0
        let weaker = min(me, mv), stronger = max(me, mv)
        let logit = rivalry[0] + rivalry[1] * z + rivalry[2] * weaker + rivalry[3] * stronger
        return (logit, Rivalry(englishRival: englishRival, vietnameseRival: vietnameseRival, weakerMargin: (weaker * 100).rounded() / 100,
                               strongerMargin: (stronger * 100).rounded() / 100))
    }

    /// The lowest event log-odds from which a pair can still reach `logit` once its margins are
    /// known: at best each margin is `max(0, z - bias)` (no rival, or none above the floor), so
    /// the final log-odds is at most `r0 + r1 z + (r2 + r3) max(0, z - bias)`. With a negative
    /// weight the bound is not this simple, and every candidate is kept.
    func lowestEventLogit(reaching logit: Double) -> Double {
        guard rivalry[1] > 0, rivalry[2] >= 0, rivalry[3] >= 0 else { return -.infinity }
        let m = rivalry[2] + rivalry[3]
        // Under the bias the margins add nothing; above it they add m (z - bias).
        let plain = (logit - rivalry[0]) / rivalry[1]
        if plain <= bias { return plain }
        return (logit - rivalry[0] + m * bias) / (rivalry[1] + m)
    }
}
