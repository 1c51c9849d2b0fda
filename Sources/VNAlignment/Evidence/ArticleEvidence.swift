import Foundation
import VNCorpus
import VNFeatures

/// The compact evidence of one article that the aligner indexes and scores: feature keys by type,
/// role holders, bodies by owner, the main event date. Built once per article; the raw text is
/// not kept. Immutable, and a class so that the hundreds of thousands of them a large corpus holds
/// are passed, filtered and sorted as references rather than copied field by field.
///
/// ```swift
/// let evidence = ArticleEvidence(features)
/// evidence.keys   // ["p:tolam", "b:party-congress:lprp:11", "d:2025-03-21", ...]
/// ```
public final class ArticleEvidence: Sendable {
    public let id: String
    public let language: Language
    public let publication: CalendarDate?
    /// Feature keys with their type and a display form.
    public let keys: [String: FeatureRef]
    /// Role id -> the Vietnamese people holding it, each as the set of their compact keys.
    public let roleHolders: [String: [Set<String>]]
    /// Person compact key (and alt keys) -> display name.
    public let personNames: [String: String]
    /// Every compact key of every person.
    public let personKeys: Set<String>
    /// `kind:owner` -> numbers.
    public let bodyNumbers: [String: Set<Int>]
    /// The first full day the article states, its best guess of the event date.
    public let eventDay: CalendarDate?
    /// Years the article speaks of (years, ranges, years of dates).
    public let years: Set<Int>
    /// Highest role rank per person key (1 = most senior).
    public let roleRanks: [String: Int]
    /// The most senior Vietnamese person (role rank 1 or 2; the first named on a tie), if any.
    public let principal: String?
    /// Every key of the principal (pinyin and phonetic ones included).
    public let principalKeys: Set<String>
    /// The foreign counterpart: the most senior foreign person with a role of rank 1 to 3 (an
    /// ambassador, a senator, a governor received by a leader is the other side of the event), else
    /// the foreign person named most often (at least three times).
    public let counterpart: String?
    /// Every key of the counterpart (pinyin and phonetic ones included).
    public let counterpartKeys: Set<String>
    /// How central each person is to the report, 0.3 (named once, late) to 1 (named often, in the
    /// lead), by compact key.
    public let prominence: [String: Double]
    /// Provinces and cities (place ids) named in the lead, the first 600 characters: where the
    /// report places its event.
    public let leadPlaces: Set<String>
    /// Every province and city the report names (place ids), with its name.
    public let placeNames: [String: String]
    /// Days the report places its event on: the days within three days before (or one after) its
    /// publication, or its first stated day when the publication date is unknown.
    public let eventDays: [CalendarDate]

    /// A feature key's type and how to show it.
    public struct FeatureRef: Sendable, Hashable {
        public let type: FeatureType
        public let display: String

        /// `FeatureRef(type: .person, display: "Tô Lâm")`
        public init(type: FeatureType, display: String) {
            self.type = type
            self.display = display
        }
    }

    /// What a feature key names. The raw values are the `type` of shared evidence in the output.
    public enum FeatureType: String, Sendable, CaseIterable, Codable {
        case person, body, day, month, year, organization, place, number
        /// A proper name no gazetteer knows (`Yagi`, `LEGO`, `Long Thành`).
        case thing
        /// A figure with what it counts (`dead 4`, `gdp 5.33`).
        case quantity
        /// A kind of event named in the headline or lead (`talks`, `groundbreaking`).
        case event
        /// A day and month, with or without the year (`December 16` ~ `16/12/2025`).
        case partialDay = "partial-day"
        /// The weekday of a stated day, or a weekday no publication date resolves (`on Sunday`).
        case weekday
    }

    /// Figures by what they count (`dead` -> [4, 14]), for the quantity conflict.
    public let quantities: [String: [Double]]
    /// Event kinds by exclusive group (`session` -> [`opens`]), for the stage conflict.
    public let stages: [String: Set<String>]
    /// Whether the report announces its event or tells what happened, if it names one.
    public let tense: EventFrame.Tense?
    /// How much a non-person key weighs in this report: 1 when it stands in the headline or lead,
    /// less when only later paragraphs name it (keys not listed weigh 1).
    public let emphasis: [String: Double]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The weight of a key named only after the lead.
    static let bodyOnlyEmphasis = 0.6

    /// The lead: the first 600 characters (Unicode scalars) of the normalised text, where a report
    /// names its event's people and places.
    static let leadLength = 600

    /// Whether the first of `mentions` stands in the lead.
    static func inLead(_ mentions: [Mention]) -> Bool {
        (mentions.map(\.start).min() ?? Int.max) < leadLength
    }

    /// Whether a gazetteer place kind can be where an event happens (a province or a city, not a
    /// country or a region).
    static func isEventPlace(kind: String) -> Bool { kind == "city" || kind == "province" }

    /// Whether a shared key with this type tells the event apart from the day's other events:
    /// a person, a numbered body, a figure, a province or city, a company, ministry or state
    /// body. Dates and background (countries, regions, international bodies, parties, media),
    /// named in report after report, do not.
    ///
    /// ```swift
    /// ArticleEvidence.corroborates("l:lao-cai", type: .place)   // true (a province)
    /// ArticleEvidence.corroborates("l:vn", type: .place)        // false (a country)
    /// ArticleEvidence.corroborates("d:2024-09-11", type: .day)  // false
    /// ```
    public static func corroborates(_ key: String, type: FeatureType) -> Bool {
        switch type {
        case .person, .body, .number, .thing, .quantity: return true
        case .day, .month, .year, .partialDay, .weekday, .event: return false
        case .place, .organization:
            guard let kind = Gazetteer.shared.entry(id: String(key.dropFirst(2)))?.kind else { return false }
            return type == .place ? isEventPlace(kind: kind) : ["company", "ministry", "state-body", "other"].contains(kind)
        }
    }

    /// Evidence given field by field: evidence stored and read back (an archive's), which must
    /// be what `init(_:)` made of some article for the aligner to score it as it would.
    ///
    /// ```swift
    /// let copy = ArticleEvidence(id: e.id, language: e.language, publication: e.publication, keys: e.keys, ...)
    /// ```
    public init(id: String, language: Language, publication: CalendarDate?, keys: [String: FeatureRef],
                roleHolders: [String: [Set<String>]], personNames: [String: String], personKeys: Set<String>,
                bodyNumbers: [String: Set<Int>], eventDay: CalendarDate?, years: Set<Int>, roleRanks: [String: Int],
                principal: String?, principalKeys: Set<String>, counterpart: String?, counterpartKeys: Set<String>,
                prominence: [String: Double], leadPlaces: Set<String>, placeNames: [String: String], eventDays: [CalendarDate],
                quantities: [String: [Double]], stages: [String: Set<String>], tense: EventFrame.Tense?, emphasis: [String: Double]) {
        self.id = id
        self.language = language
        self.publication = publication
        self.keys = keys
        self.roleHolders = roleHolders
        self.personNames = personNames
        self.personKeys = personKeys
        self.bodyNumbers = bodyNumbers
        self.eventDay = eventDay
        self.years = years
        self.roleRanks = roleRanks
        self.principal = principal
        self.principalKeys = principalKeys
        self.counterpart = counterpart
        self.counterpartKeys = counterpartKeys
        self.prominence = prominence
        self.leadPlaces = leadPlaces
        self.placeNames = placeNames
        self.eventDays = eventDays
        self.quantities = quantities
        self.stages = stages
        self.tense = tense
        self.emphasis = emphasis
    }

    public init(_ f: ArticleFeatures) {
        id = f.id
        language = f.lang
        publication = f.date.flatMap { CalendarDate(iso: $0) }
        var keys: [String: FeatureRef] = [:]
        var holders: [String: [Set<String>]] = [:]
        var names: [String: String] = [:]
        var personKeys = Set<String>()
        var ranks: [String: Int] = [:]
        var prominence: [String: Double] = [:]
        for p in f.people {
            let compacts = Set(([p.key] + p.altKeys).map { NameKeys.compact($0) }).filter { !$0.isEmpty }
            let inLead = Self.inLead(p.mentions)
            let weight = min(1.0, 0.3 + 0.15 * Double(p.mentions.count) + (inLead ? 0.3 : 0))
            for c in compacts { prominence[c] = max(prominence[c] ?? 0, weight) }
            for c in compacts {
                keys["p:\(c)"] = FeatureRef(type: .person, display: p.name)
                names[c] = p.name
                personKeys.insert(c)
            }
            let main = NameKeys.compact(p.key)
            // Only Vietnamese officials are compared: foreign titles (`President`) are too loose to
            // tell one country's holder from another's, and the Lao General Secretary is no rival
            // of Việt Nam's.
            if p.origin == .vietnamese { for role in Set(p.roles) { holders[role, default: []].append(compacts) } }
            if p.role != nil { ranks[main] = min(ranks[main] ?? 9, p.roleRank ?? 9) }
        }
        var bodies: [String: Set<Int>] = [:]
        for b in f.bodies {
            keys["b:\(b.kind):\(b.owner ?? "?"):\(b.number)"] = FeatureRef(type: .body, display: "\(b.kind) \(b.number)\(b.owner.map { " (\($0))" } ?? "")")
            if b.owner != nil { keys["b:\(b.kind):?:\(b.number)"] = keys["b:\(b.kind):?:\(b.number)"] ?? FeatureRef(type: .body, display: "\(b.kind) \(b.number)") }
            if let owner = b.owner { bodies["\(b.kind):\(owner)", default: []].insert(b.number) }
        }
        var eventDay: CalendarDate?
        var years = Set<Int>()
        // The years the report places its event in: those of dates in the lead (a birth year or
        // a `since 2016` further down is background), and of the publication; failing both, the
        // years of the full days it states anywhere. (Every year it names was tried, and did worse
        // in cross-validation on the dev part: `vnalign fit --cross-validate 5`.)
        var dayYears = Set<Int>()
        if let publication = f.date.flatMap({ CalendarDate(iso: $0) }) { years.insert(publication.year) }
        for d in f.dates {
            let inLead = Self.inLead(d.mentions)
            switch d.kind {
            case "day":
                if let day = CalendarDate(iso: d.value) {
                    keys["d:\(d.value)"] = FeatureRef(type: .day, display: d.value)
                    keys["m:\(d.value.prefix(7))"] = keys["m:\(d.value.prefix(7))"] ?? FeatureRef(type: .month, display: String(d.value.prefix(7)))
                    keys["w:\(day.weekday)"] = FeatureRef(type: .weekday, display: Self.weekdayNames[day.weekday - 1])
                    if eventDay == nil { eventDay = day }
                    if inLead { years.insert(day.year) }
                    dayYears.insert(day.year)
                }
            case "weekday":
                if let w = Int(d.value.dropFirst()), (1...7).contains(w) {
                    keys["w:\(w)"] = FeatureRef(type: .weekday, display: Self.weekdayNames[w - 1])
                }
            case "month":
                keys["m:\(d.value)"] = FeatureRef(type: .month, display: d.value)
                if inLead, let y = Int(d.value.prefix(4)) { years.insert(y) }
            case "year":
                keys["y:\(d.value)"] = FeatureRef(type: .year, display: d.value)
                if inLead, let y = Int(d.value.prefix(4)) { years.insert(y) }
            case "range":
                // Plan periods (`2021-2025`) are shared evidence, but say nothing of when the event was.
                keys["y:\(d.value)"] = FeatureRef(type: .year, display: d.value)
            default: break
            }
        }
        if years.isEmpty { years = dayYears }
        // An undated report that names one year in its lead: its days without a year
        // (`December 16`) are taken in that year.
        var completed: [CalendarDate] = []
        if f.date == nil, years.count == 1, let year = years.first {
            for d in f.dates where d.value.hasPrefix("--") && d.value.count == 7 {
                guard let day = CalendarDate(iso: "\(year)\(d.value.dropFirst())") else { continue }
                keys["d:\(day)"] = keys["d:\(day)"] ?? FeatureRef(type: .day, display: day.description)
                keys["m:\(day.description.prefix(7))"] = keys["m:\(day.description.prefix(7))"] ?? FeatureRef(type: .month, display: String(day.description.prefix(7)))
                keys["w:\(day.weekday)"] = FeatureRef(type: .weekday, display: Self.weekdayNames[day.weekday - 1])
                completed.append(day)
            }
        }
        // Partial days: a day and month, so that `December 16` (no year) meets `16/12/2025`.
        for d in f.dates {
            if d.kind == "day", d.value.count == 10 {
                keys["e:\(d.value.suffix(5))"] = FeatureRef(type: .partialDay, display: String(d.value.suffix(5)))
            } else if d.value.hasPrefix("--"), d.value.count == 7 {
                keys["e:\(d.value.suffix(5))"] = FeatureRef(type: .partialDay, display: String(d.value.suffix(5)))
            }
        }
        var emphasis: [String: Double] = [:]
        // A person's name is also a name: what one language's extractor takes for a person
        // (`Lang Nu`, `Hun Sen`) the other may take for a thing.
        for p in f.people {
            let key = NameKeys.compact(p.key)
            guard key.utf8.count >= NamedThingExtractor.minimumKeyLength else { continue }
            keys["t:\(key)"] = FeatureRef(type: .thing, display: p.name)
            if !Self.inLead(p.mentions) { emphasis["t:\(key)"] = Self.bodyOnlyEmphasis }
        }
        for t in f.things {
            keys["t:\(t.key)"] = FeatureRef(type: .thing, display: t.name)
            if !Self.inLead(t.mentions) { emphasis["t:\(t.key)"] = Self.bodyOnlyEmphasis }
        }
        var quantities: [String: [Double]] = [:]
        for q in f.quantities {
            let key = "q:\(q.measure):\(ArticleEvidence.significant(q.value))"
            keys[key] = FeatureRef(type: .quantity, display: "\(q.measure) \(q.mentions.first?.text ?? ArticleEvidence.significant(q.value))")
            if !Self.inLead(q.mentions) { emphasis[key] = min(emphasis[key] ?? 1, Self.bodyOnlyEmphasis) }
            quantities[q.measure, default: []].append(q.value)
        }
        self.quantities = quantities.mapValues { $0.sorted() }
        var stages: [String: Set<String>] = [:]
        for kind in f.frame.kinds {
            keys["k:\(kind)"] = FeatureRef(type: .event, display: kind)
            if let group = EventLexicon.shared.group(of: kind) { stages[group, default: []].insert(kind) }
        }
        self.stages = stages
        tense = f.frame.tense
        self.emphasis = emphasis
        for o in f.organizations { keys["o:\(o.id)"] = FeatureRef(type: .organization, display: o.name) }
        var lead = Set<String>(), placeNames: [String: String] = [:]
        for l in f.places {
            keys["l:\(l.id)"] = FeatureRef(type: .place, display: l.name)
            guard Self.isEventPlace(kind: l.kind) else { continue }
            placeNames[l.id] = l.name
            if Self.inLead(l.mentions) { lead.insert(l.id) }
        }
        leadPlaces = lead
        self.placeNames = placeNames
        for n in f.numbers {
            guard n.unit != nil || n.value >= 100 else { continue }
            let rounded = ArticleEvidence.significant(n.value)
            keys["n:\(n.unit ?? ""):\(rounded)"] = FeatureRef(type: .number, display: "\(n.mentions.first?.text ?? rounded)")
        }
        self.keys = keys
        roleHolders = holders
        personNames = names
        self.personKeys = personKeys
        bodyNumbers = bodies
        self.eventDay = eventDay
        self.years = years
        roleRanks = ranks
        var principal: (key: String, rank: Int)?
        var counterpart: (key: String, rank: Int, mentions: Int)?
        for p in f.people where p.origin == .vietnamese || Self.inLead(p.mentions) {
            let key = NameKeys.compact(p.key)
            let rank = p.roleRank ?? 9
            if p.origin == .vietnamese {
                if rank <= 2, principal == nil || rank < principal!.rank { principal = (key, rank) }
            } else {
                let candidate = (key, rank <= 3 ? rank : 9, p.mentions.count)
                if candidate.1 <= 3 || candidate.2 >= 3,
                   counterpart == nil || (candidate.1, -candidate.2) < (counterpart!.rank, -counterpart!.mentions) {
                    counterpart = candidate
                }
            }
        }
        self.principal = principal?.key
        self.counterpart = counterpart?.key
        func allKeys(of key: String?) -> Set<String> {
            guard let key, let person = f.people.first(where: { NameKeys.compact($0.key) == key }) else { return [] }
            return Set(([person.key] + person.altKeys).map { NameKeys.compact($0) }).filter { !$0.isEmpty }
        }
        principalKeys = allKeys(of: principal?.key)
        counterpartKeys = allKeys(of: counterpart?.key)
        self.prominence = prominence
        var days = f.dates.filter { $0.kind == "day" }.compactMap { CalendarDate(iso: $0.value) } + completed
        if let publication = f.date.flatMap({ CalendarDate(iso: $0) }) {
            days = days.filter { $0.dayNumber >= publication.dayNumber - 3 && $0.dayNumber <= publication.dayNumber + 1 }
        } else {
            days = Array(days.prefix(1))
        }
        eventDays = days
    }

    /// A number to three significant digits, as a stable string.
    static func significant(_ v: Double) -> String {
        guard v != 0, v.isFinite else { return "0" }
        let magnitude = Int(floor(log10(abs(v))))
        let scale = pow(10.0, Double(magnitude - 2))
        let r = (v / scale).rounded() * scale
        return r >= 1 && r == r.rounded() ? String(Int64(r)) : String(format: "%.4g", r)
    }
}
