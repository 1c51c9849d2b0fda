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
    /// Figures by measure id ascending, each list ascending.
    let quantities: [(measure: Int32, values: [Double])]
    /// Event kinds by exclusive group id ascending, kind ids ascending.
    let stages: [(group: Int32, kinds: [Int32])]
    let tense: EventFrame.Tense?

    init(persons: [Int32], roles: [(role: Int32, holders: [[Int32]])], principal: [Int32]?, counterpart: [Int32]?,
         leadPlaces: [Int32], places: [Int32], bodies: [(body: Int32, numbers: [Int])], eventDays: [Int], publication: Int?,
         years: [Int], quantities: [(measure: Int32, values: [Double])], stages: [(group: Int32, kinds: [Int32])], tense: EventFrame.Tense?) {
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
        self.quantities = quantities
        self.stages = stages
        self.tense = tense
        // Invariants (debug builds): the merge walks of `ScoringTables.evaluate` need every id list
        // strictly ascending.
        assert(Self.ascending(persons) && Self.ascending(leadPlaces) && Self.ascending(places), "ScoringForm: ids not ascending")
        assert(Self.ascending(roles.map(\.role)) && Self.ascending(bodies.map(\.body)), "ScoringForm: roles or bodies not ascending")
        assert(Self.ascending(quantities.map(\.measure)) && Self.ascending(stages.map(\.group)), "ScoringForm: quantities or stages not ascending")
        assert(stages.allSatisfy { Self.ascending($0.kinds) } && roles.allSatisfy { $0.holders.allSatisfy(Self.ascending) },
               "ScoringForm: kinds or holder keys not ascending")
    }

    /// Whether `values` are strictly ascending.
    static func ascending<T: Comparable>(_ values: [T]) -> Bool {
        zip(values, values.dropFirst()).allSatisfy { $0 < $1 }
    }
}

/// The keys of many articles in three flat arrays (no per-article arrays to retain while
/// scoring): article `i` has `keys[start[i]..<start[i + 1]]`, key ids ascending (their string
/// order), with the factor of each key (the prominence of the person it names, the emphasis of
/// other keys; on the English side already multiplied by the key's rarity, so that a shared key
/// adds `english.factors[i] * vietnamese.factors[j]` without reading the corpus-wide rarity
/// table, a cache miss per shared key) and, for person keys, which person of the article (by
/// display name) it names (-1 otherwise).
struct ScoringKeys: Sendable {
    var start: [Int32] = [0]
    var keys: [Int32] = []
    var factors: [Double] = []
    var groups: [Int32] = []

    mutating func append(_ entries: [(key: Int32, factor: Double, group: Int32)]) {
        // Invariant (debug builds): an article's key ids ascend (the scorer merges them).
        assert(ScoringForm.ascending(entries.map(\.key)), "ScoringKeys: an article's keys are not ascending")
        for e in entries {
            keys.append(e.key)
            factors.append(e.factor)
            groups.append(e.group)
        }
        start.append(Int32(keys.count))
    }

    func range(_ i: Int) -> Range<Int> { Int(start[i])..<Int(start[i + 1]) }
}
