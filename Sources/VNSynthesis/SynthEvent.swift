import VNCorpus

/// One synthetic news event: who, where, when, which numbered body, which numbers. Both reports of
/// an event are written from it, so everything they share is known.
struct SynthEvent: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case talks, phone, party, economy, disaster, sport
    }

    /// A person with the role the reports give them.
    struct Person: Sendable {
        var name: SynthName
        /// A role id of `roles.tsv`, if the reports state one.
        var role: String?
    }

    /// A numbered body: a Party congress, a Central Committee plenum, a National Assembly session.
    struct Body: Sendable {
        enum Kind: String, Sendable { case congress, plenum, session }
        var kind: Kind
        var number: Int
        var term: Int
    }

    /// The numbers both reports state.
    struct Numbers: Sendable {
        var usd: Double
        var vnd: Double
        var percent: Double
        var count: Int
        var small: Int
        var millimetres: Int
        var medals: Int
        var storm: Int
        var score: (Int, Int)
    }

    var kind: Kind
    var day: CalendarDate
    var host: Person
    var guest: Person?
    var second: Person?
    /// Place ids of `places.tsv`.
    var country: String?
    var city: String
    var province: String?
    /// Organisation id of `organizations.tsv`.
    var company: String?
    var numbers: Numbers
    var body: Body?
    var games: Int?
    var coach: SynthName?
    var pastYear: Int

    /// What makes two events one in the world: the same numbered meeting on the same day, the same
    /// host receiving the same guest the same day, the same investor in the same province, one
    /// storm per province a day, one final a day at the Games. The synthesizer draws no two events
    /// with the same identity, so that its gold pairs are the only same-event pairs.
    var identity: String {
        switch kind {
        case .talks, .phone: return "\(kind.rawValue)|\(day)|\(host.name.vi)|\(guest?.name.vi ?? "")"
        case .party: return "party|\(day)|\(body.map { "\($0.kind.rawValue) \($0.number) \($0.term)" } ?? "")"
        case .economy: return "economy|\(day)|\(province ?? "")|\(company ?? "")"
        case .disaster: return "disaster|\(day)|\(province ?? "")"
        case .sport: return "sport|\(day)|\(games ?? 0)"
        }
    }
}

/// Draws events: the Vietnamese officials of each two-year era, foreign guests, places, bodies
/// numbered by the calendar, and fresh numbers for every event.
struct SynthEventFactory: Sendable {
    let seed: UInt64
    let start: CalendarDate
    let spanDays: Int
    let vocabulary: SynthVocabulary

    static let kindWeights: [(SynthEvent.Kind, Double)] = [
        (.talks, 0.30), (.phone, 0.08), (.party, 0.15), (.economy, 0.27), (.disaster, 0.10), (.sport, 0.10),
    ]
    /// Redraws of an event whose identity is taken that keep its kind.
    static let kindKeepingAttempts = 10
    /// Vietnamese roles that receive guests, with weights.
    static let hostRoles: [(String, Double)] = [
        ("general-secretary", 0.14), ("state-president", 0.14), ("prime-minister", 0.22), ("na-chairman", 0.14),
        ("deputy-pm", 0.18), ("foreign-minister", 0.18),
    ]
    /// Roles of foreign guests, with weights.
    static let guestRoles: [(String, Double)] = [
        ("president", 0.12), ("prime-minister", 0.12), ("foreign-minister", 0.2), ("deputy-pm", 0.1), ("minister", 0.2),
        ("ambassador", 0.14), ("senator", 0.06), ("governor", 0.06),
    ]
    /// How many people hold a role at once.
    static let holders: [String: Int] = ["deputy-pm": 4, "minister": 12]
    static let sportCities = ["ha-noi", "bangkok", "phnom-penh", "kuala-lumpur", "jakarta", "manila"]
    static let sportRivals = ["th", "id", "my", "sg", "ph", "la", "kh", "mm"]

    /// The Vietnamese official holding `role` in the era of `day` (`slot` for roles with several holders).
    func official(_ role: String, on day: CalendarDate, slot: Int = 0) -> SynthEvent.Person {
        let era = max(0, day.dayNumber - start.dayNumber) / 730
        var random = SynthRandom(seed: seed, stream: SynthText.hash(role), UInt64(era * 1000 + slot))
        return .init(name: SynthName.vietnamese(&random, vocabulary), role: role)
    }

    func provincialChair(_ province: String, on day: CalendarDate) -> SynthEvent.Person {
        var person = official("peoples-committee-chairman:\(province)", on: day)
        person.role = "peoples-committee-chairman"
        return person
    }

    /// The numbered body a party event of this day is about.
    static func body(_ kind: SynthEvent.Body.Kind, on day: CalendarDate) -> SynthEvent.Body {
        let months = (day.year - 2021) * 12 + day.month - 1
        switch kind {
        case .congress: return .init(kind: .congress, number: day.year >= 2026 ? 14 : 13, term: 0)
        case .plenum: return .init(kind: .plenum, number: max(1, months / 3 + 1), term: day.year >= 2026 ? 14 : 13)
        case .session: return .init(kind: .session, number: max(1, (months - 6) / 6 + 2), term: day.year >= 2026 ? 16 : 15)
        }
    }

    static func games(on day: CalendarDate) -> Int { 31 + max(0, day.year - 2021) / 2 }

    func numbers(_ random: inout SynthRandom) -> SynthEvent.Numbers {
        let usd = Double(random.int(in: 100...999)) * pow10(random.int(in: 4...7))
        let vnd = Double(random.int(in: 100...999)) * pow10(random.int(in: 7...10))
        let percent = Double(random.int(in: 10...199)) / 10
        let count = random.int(in: 100...999) * (random.chance(0.5) ? 10 : 100)
        let a = random.int(in: 1...4)
        return .init(usd: usd, vnd: vnd, percent: percent, count: count, small: random.int(in: 2...60),
                     millimetres: random.int(in: 150...650), medals: random.int(in: 40...160), storm: random.int(in: 1...12),
                     score: (a, random.int(in: 0...(a - 1))))
    }

    func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { acc, _ in acc * 10 } }

    /// A fresh event; `index` picks its random stream, `attempt` another draw of it (when the
    /// first one's identity is taken).
    ///
    /// The first `kindKeepingAttempts` draws keep the kind of the first (another day, other actors),
    /// so that a kind loses its share only when its identities are really all taken: a day has
    /// room for one congress, one plenum and one session, and one final at the Games.
    func event(_ index: Int, attempt: Int = 0) -> SynthEvent {
        var random = SynthRandom(seed: seed, stream: UInt64(index), attempt == 0 ? 1 : 1000 + UInt64(attempt))
        var kind = Self.kindWeights[random.weighted(Self.kindWeights.map(\.1))].0
        if attempt > 0 && attempt < Self.kindKeepingAttempts {
            var first = SynthRandom(seed: seed, stream: UInt64(index), 1)
            kind = Self.kindWeights[first.weighted(Self.kindWeights.map(\.1))].0
        }
        let day = start.adding(days: random.int(spanDays))
        let v = vocabulary
        var event = SynthEvent(kind: kind, day: day, host: .init(name: SynthName.vietnamese(&random, v), role: nil), country: nil,
                               city: "ha-noi", numbers: numbers(&random), pastYear: random.int(in: 1975...(day.year - 3)))
        switch kind {
        case .talks, .phone:
            let roles = kind == .phone ? Array(Self.hostRoles.prefix(3)) : Self.hostRoles
            let role = roles[random.weighted(roles.map(\.1))].0
            event.host = official(role, on: day, slot: random.int(Self.holders[role] ?? 1))
            let country = random.pick(v.guestCountries).id
            event.country = country
            let guestRoles = kind == .phone ? Array(Self.guestRoles.prefix(2)) : Self.guestRoles
            event.guest = .init(name: SynthName.foreign(&random, v, country: country), role: guestRoles[random.weighted(guestRoles.map(\.1))].0)
            if kind == .talks, random.chance(0.3) { event.city = random.pick(v.receptionCities).id }
        case .party:
            let bodyKind: SynthEvent.Body.Kind = random.chance(0.15) ? .congress : (random.chance(0.55) ? .plenum : .session)
            event.body = Self.body(bodyKind, on: day)
            event.host = official(bodyKind == .session ? "na-chairman" : "general-secretary", on: day)
            event.second = random.chance(0.5) ? official("prime-minister", on: day) : official("deputy-pm", on: day, slot: random.int(4))
        case .economy, .disaster:
            let province = random.pick(v.provinces).id
            event.province = province
            event.city = province
            event.host = provincialChair(province, on: day)
            event.second = kind == .disaster || random.chance(0.6) ? official("deputy-pm", on: day, slot: random.int(4)) : official("minister", on: day, slot: random.int(12))
            if kind == .economy { event.company = random.pick(v.companies).id }
        case .sport:
            event.games = Self.games(on: day)
            event.country = random.pick(Self.sportRivals)
            event.city = random.pick(Self.sportCities)
            event.coach = SynthName.foreign(&random, v, country: random.pick(["kr", "jp", "fr", "de", "gb"]))
        }
        return event
    }

    /// A hard negative of `base`: the same actors in another event. Returns the event and its kind
    /// (the gold category).
    func sibling(of base: SynthEvent, index: Int, attempt: Int = 0) -> (SynthEvent, String) {
        var random = SynthRandom(seed: seed, stream: UInt64(index), attempt == 0 ? 2 : 2000 + UInt64(attempt))
        var event = base
        event.numbers = numbers(&random)
        func shifted(_ days: ClosedRange<Int>) -> CalendarDate {
            base.day.adding(days: (random.chance(0.5) ? 1 : -1) * random.int(in: days))
        }
        switch base.kind {
        case .talks, .phone:
            if random.chance(0.5) {
                // The same guest received the same day by another leader.
                let current = base.host.role ?? ""
                let others = Self.hostRoles.filter { $0.0 != current }
                let role = others[random.weighted(others.map(\.1))].0
                event.host = official(role, on: base.day, slot: random.int(Self.holders[role] ?? 1))
                return (event, "different-host")
            }
            event.day = shifted(60...420)
            event.pastYear = random.int(in: 1975...(event.day.year - 3))
            return (event, "months-apart")
        case .party:
            // The same kind of meeting with another number, months apart.
            var day = shifted(130...400)
            var body = Self.body(base.body!.kind, on: day)
            if body.number == base.body!.number {
                day = base.day.adding(days: 400)
                body = Self.body(base.body!.kind, on: day)
                if body.number == base.body!.number { body.number += 1 }
            }
            event.day = day
            event.body = body
            return (event, "different-number")
        case .economy, .disaster:
            event.day = shifted(60...420)
            return (event, "months-apart")
        case .sport:
            event.day = base.day.adding(days: -730)
            event.games = (base.games ?? 32) - 1
            return (event, "different-games")
        }
    }
}
