import VNCorpus
import VNFeatures

/// The compact evidence of one article that the aligner indexes and scores: feature keys by type,
/// role holders, bodies by owner, the main event date. Built once per article; the raw text is
/// not kept.
///
/// ```swift
/// let evidence = ArticleEvidence(features)
/// evidence.keys   // ["p:tolam", "b:party-congress:lprp:11", "d:2025-03-21", ...]
/// ```
public struct ArticleEvidence: Sendable {
    public let id: String
    public let language: Language
    public let publication: CalendarDate?
    /// Feature keys with their type and a display form.
    public let keys: [String: FeatureRef]
    /// Role id -> compact keys of the people holding it.
    public let roleHolders: [String: Set<String>]
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

    /// A feature key's type and how to show it.
    public struct FeatureRef: Sendable, Hashable {
        public let type: FeatureType
        public let display: String
    }

    public enum FeatureType: String, Sendable, CaseIterable, Codable {
        case person, body, day, month, year, organization, place, number
    }

    public init(_ f: ArticleFeatures) {
        id = f.id
        language = Language(rawValue: f.lang) ?? .english
        publication = f.date.flatMap { CalendarDate(iso: $0) }
        var keys: [String: FeatureRef] = [:]
        var holders: [String: Set<String>] = [:]
        var names: [String: String] = [:]
        var personKeys = Set<String>()
        var ranks: [String: Int] = [:]
        for p in f.people {
            let compacts = Set(([p.key] + p.altKeys).map { NameKeys.compact($0) }).filter { !$0.isEmpty }
            for c in compacts {
                keys["p:\(c)"] = FeatureRef(type: .person, display: p.name)
                names[c] = p.name
                personKeys.insert(c)
            }
            let main = NameKeys.compact(p.key)
            for role in p.roles { holders[role, default: []].insert(main) }
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
        for d in f.dates {
            switch d.kind {
            case "day":
                if let day = CalendarDate(iso: d.value) {
                    keys["d:\(d.value)"] = FeatureRef(type: .day, display: d.value)
                    keys["m:\(d.value.prefix(7))"] = keys["m:\(d.value.prefix(7))"] ?? FeatureRef(type: .month, display: String(d.value.prefix(7)))
                    if eventDay == nil { eventDay = day }
                    years.insert(day.year)
                }
            case "month":
                keys["m:\(d.value)"] = FeatureRef(type: .month, display: d.value)
                if let y = Int(d.value.prefix(4)) { years.insert(y) }
            case "year":
                keys["y:\(d.value)"] = FeatureRef(type: .year, display: d.value)
                if let y = Int(d.value.prefix(4)) { years.insert(y) }
            case "range":
                let parts = d.value.split(separator: "/").compactMap { Int($0) }
                if parts.count == 2, parts[1] >= parts[0], parts[1] - parts[0] <= 20 {
                    keys["y:\(d.value)"] = FeatureRef(type: .year, display: d.value)
                    for y in parts[0]...parts[1] { years.insert(y) }
                }
            default: break
            }
        }
        for o in f.organizations { keys["o:\(o.id)"] = FeatureRef(type: .organization, display: o.name) }
        for l in f.places { keys["l:\(l.id)"] = FeatureRef(type: .place, display: l.name) }
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

import Foundation
