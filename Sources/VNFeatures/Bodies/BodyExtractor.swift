import VNCorpus

/// Finds numbered bodies and events: Party congresses, Central Committee terms, plenums,
/// National Assembly terms and sessions, summits and games, in English and Vietnamese, with
/// Arabic, Roman and ordinal-word numbers, and the party or organisation they belong to.
///
/// The owner comes from the words of the mention (`11th LPRP Congress`, `Đại hội XIII của Đảng
/// Cộng sản Việt Nam`, `47th ASEAN Summit`) or, failing that, from the nearest party or country
/// named before it in the same sentence (`... mà Lào đã đạt được ... Nghị quyết Đại hội lần thứ XI
/// của Đảng` belongs to the LPRP).
///
/// ```swift
/// let tokens = Tokenizer.tokenize("the 11th LPRP Congress and Đại hội XIII")
/// BodyExtractor.extract(tokens: tokens, language: .english, entities: ..., mentions: ...)
/// ```
public enum BodyExtractor {
    /// Party of a country, for owners told by a country name.
    static let partyOfCountry: [String: String] = ["vn": "cpv", "la": "lprp", "cn": "cpc", "kh": "cpp", "cu": "pcc"]
    /// Assembly of a country.
    static let assemblyOfCountry: [String: String] = ["vn": "vn-na", "la": "la-na"]

    /// Whether an organisation is a party (not one of its organs such as the Politburo).
    static func isParty(_ entry: Gazetteer.Entry) -> Bool {
        entry.category == .organization && entry.kind == "party" && entry.englishName.contains("Party")
            && !entry.englishName.contains("Committee") && !entry.englishName.contains("Office")
    }

    /// The party an article speaks of most (parties and countries counted), for bodies whose owner
    /// nothing nearer tells; the CPV on a tie.
    static func dominantParty(_ entities: [Gazetteer.Match]) -> String? {
        var counts: [String: Int] = [:]
        for m in entities {
            if isParty(m.entry) { counts[m.entry.id, default: 0] += 1 }
            if m.entry.category == .place, let p = partyOfCountry[m.entry.id] { counts[p, default: 0] += 1 }
        }
        return counts.max { ($0.value, $0.key == "cpv" ? 1 : 0, $1.key) < ($1.value, $1.key == "cpv" ? 1 : 0, $0.key) }?.key
    }

    struct Found {
        var kind: BodyKind
        var number: Int
        var owner: String?
        var range: Range<Int>  // token range
    }

    /// Bodies in an article, one per kind/owner/number, mentions merged, in order of first mention.
    public static func extract(tokens: [Token], language: Language, entities: [Gazetteer.Match], mentions: MentionBuilder) -> [BodyFeature] {
        var entityAt = [Int: Gazetteer.Match]()
        for m in entities { for t in m.tokens { entityAt[t] = m } }
        var found: [Found] = []
        if language == .english {
            found = englishBodies(tokens, entityAt: entityAt)
        } else {
            found = vietnameseBodies(tokens, entityAt: entityAt)
        }
        var result: [BodyFeature] = []
        var index: [String: Int] = [:]
        for var f in found {
            if f.owner == nil { f.owner = contextOwner(for: f, tokens: tokens, entities: entities) }
            // Nothing names the party: in news of this domain that is the CPV.
            if f.owner == nil, [BodyKind.partyCongress, .centralCommittee, .plenum].contains(f.kind) { f.owner = dominantParty(entities) ?? "cpv" }
            let range = tokens[f.range.lowerBound].range.lowerBound..<tokens[f.range.upperBound - 1].range.upperBound
            let mention = mentions.mention(range)
            let identity = "\(f.kind):\(f.owner ?? "?"):\(f.number)"
            if let i = index[identity] {
                result[i].mentions.append(mention)
            } else {
                index[identity] = result.count
                result.append(BodyFeature(kind: f.kind, number: f.number, owner: f.owner, mentions: [mention]))
            }
        }
        // A body whose owner could not be told merges into the same body with an owner.
        var merged: [BodyFeature] = []
        for body in result {
            if body.owner == nil, let i = merged.firstIndex(where: { $0.kind == body.kind && $0.number == body.number && $0.owner != nil }) {
                merged[i].mentions.append(contentsOf: body.mentions)
            } else if body.owner != nil, let i = merged.firstIndex(where: { $0.kind == body.kind && $0.number == body.number && $0.owner == nil }) {
                let orphan = merged[i]
                merged[i] = body
                merged[i].mentions.insert(contentsOf: orphan.mentions, at: 0)
            } else {
                merged.append(body)
            }
        }
        return merged
    }

    // MARK: English

    static func englishNumber(_ tokens: [Token], at i: Int) -> (value: Int, end: Int)? {
        let t = tokens[i]
        if t.kind == .number, let v = Numerals.arabic(t.text), i + 1 < tokens.count,
           ["st", "nd", "rd", "th"].contains(tokens[i + 1].key), !tokens[i + 1].spaceBefore {
            return (v, i + 2)
        }
        // Ordinal words count only after `the` (`the fourth Mekong-Lancang ... Meeting`), not in
        // `their first SEA Games gold`.
        if t.kind == .word, let v = Numerals.ordinalWord(t.key), i > 0, tokens[i - 1].key == "the" { return (v, i + 1) }
        return nil
    }

    static func englishBodies(_ tokens: [Token], entityAt: [Int: Gazetteer.Match]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            guard let (number, afterNumber) = englishNumber(tokens, at: i) else {
                // `SEA Games 33`, `ASIAD 19`: the number after the name.
                if tokens[i].kind == .number, let v = Numerals.arabic(tokens[i].text), i >= 2,
                   tokens[i - 1].key == "games" || tokens[i - 1].key == "asiad" {
                    let owner = tokens[i - 1].key == "asiad" ? "asiad" : (tokens[i - 2].key == "sea" ? "sea-games" : (tokens[i - 2].key == "asian" ? "asiad" : nil))
                    found.append(Found(kind: .games, number: v, owner: owner, range: (i - 2)..<(i + 1)))
                }
                continue
            }
            var owner: String?
            var kind: BodyKind?
            var j = afterNumber
            var sawParty = false, sawAssembly = false
            let limit = min(tokens.count, afterNumber + 12)
            while j < limit {
                let t = tokens[j]
                if t.kind == .punctuation && t.text != "-" && t.text != "'" { break }
                if t.kind == .number { break }
                if let m = entityAt[j] {
                    switch m.entry.id {
                    case "vn-na": sawAssembly = true; owner = owner ?? "vn-na"
                    case "la-na": sawAssembly = true; owner = "la-na"
                    case "central-committee":
                        kind = kind ?? .centralCommittee
                    default:
                        if isParty(m.entry) || ["asean", "apec", "g20", "brics", "mekong-lancang", "sea-games", "asiad", "olympics"].contains(m.entry.id) { owner = owner ?? m.entry.id }
                        if m.entry.category == .place, let party = partyOfCountry[m.entry.id] { owner = owner ?? party }
                    }
                    if m.entry.id == "vn-na" || m.entry.id == "la-na" {
                        if kind == nil { kind = .nationalAssembly; j = m.tokens.upperBound; break }
                    }
                    if m.entry.id == "central-committee" { j = m.tokens.upperBound; break }
                    if ["sea-games", "asiad", "olympics"].contains(m.entry.id) { kind = .games; owner = m.entry.id; j = m.tokens.upperBound; break }
                    if tokens[m.tokens].contains(where: { ["summit", "meeting"].contains($0.key) }) { kind = .summit; owner = m.entry.id; j = m.tokens.upperBound; break }
                    j = m.tokens.upperBound
                    // `Mekong-Lancang Cooperation (MLC) Leaders' Meeting`: skip an abbreviation in brackets.
                    if j + 2 < tokens.count, tokens[j].text == "(", tokens[j + 2].text == ")" { j += 3 }
                    continue
                }
                switch t.key {
                case "party": sawParty = true
                case "congress", "congresses": kind = .partyCongress
                case "plenum", "plenums", "plenary": kind = .plenum
                case "session", "sessions", "sitting": kind = .assemblySession
                case "summit", "summits": kind = .summit
                case "games": kind = .games
                case "term", "tenure":
                    // `13th-tenure Party Central Committee`, `14th Party term`
                    if j + 1 < tokens.count, entityAt[j + 1]?.entry.id == "central-committee" || tokens[j + 1].key == "party" {
                        j += 1; continue
                    }
                    kind = sawAssembly ? .nationalAssembly : .centralCommittee
                case "meeting":
                    if tokens[afterNumber..<j].contains(where: { $0.key == "leaders" }) { kind = .summit }
                case "national", "central", "th", "tenure-", "leaders", "economic", "cooperation", "lprp", "cpv", "asean", "sea", "asian", "ordinary", "extraordinary", "regular", "mekong", "lancang", "apec", "g20", "brics", "committee", "assembly", "meeting", "conference":
                    break
                default:
                    if !t.isCapitalized && t.text != "-" && t.text != "'" { j = limit }
                }
                if kind != nil { j += 1; break }
                j += 1
            }
            if kind == nil, j < tokens.count, ["of"].contains(tokens[afterNumber].key),
               tokens[afterNumber..<min(tokens.count, afterNumber + 5)].contains(where: { $0.key == "term" }),
               tokens[max(0, i - 14)..<i].contains(where: { $0.key == "plenum" || $0.key == "plenary" }) {
                // `a plenum of the Central Committee, the 11th of its current term`
                kind = .plenum
            }
            guard var kind else { continue }
            // `his fourth SEA Games gold`: a count of wins, not the games' number.
            if j < tokens.count, ["gold", "golds", "title", "titles", "medal", "medals", "win", "wins", "victory", "appearance", "crown", "trophy", "goal", "goals"].contains(tokens[j].key) { continue }
            if kind == .centralCommittee && sawAssembly { kind = .nationalAssembly }
            if kind == .partyCongress && !sawParty && owner == nil {
                // `the 14th National Congress of the CPV`: owner follows.
            }
            if kind == .games {
                let words = tokens[afterNumber..<j].map(\.key)
                owner = words.contains("sea") ? "sea-games" : (words.contains("asian") ? "asiad" : (words.contains("olympic") ? "olympics" : owner))
            }
            if kind == .assemblySession {
                owner = owner ?? followingOwner(tokens, from: j, entityAt: entityAt, assembly: true) ?? "vn-na"
            } else if kind == .nationalAssembly {
                owner = owner ?? "vn-na"
            } else if owner == nil {
                owner = followingOwner(tokens, from: j, entityAt: entityAt, assembly: false)
            }
            found.append(Found(kind: kind, number: number, owner: owner, range: i..<max(j, afterNumber)))
            // `the 44th and 45th ASEAN Summits`: earlier ordinals joined by `and` or `,` share the head.
            var k = i - 1
            while k >= 1, ["and", ",", "&"].contains(tokens[k].key), let (earlier, _) = earlierOrdinal(tokens, endingAt: k) {
                found.append(Found(kind: kind, number: earlier.value, owner: owner, range: earlier.start..<max(j, afterNumber)))
                k = earlier.start - 1
            }
        }
        return found
    }

    /// An English ordinal ending right before token `end` (`45th` in `45th and`).
    static func earlierOrdinal(_ tokens: [Token], endingAt end: Int) -> ((value: Int, start: Int), Int)? {
        if end >= 2, let (v, e) = englishNumber(tokens, at: end - 2), e == end { return ((v, end - 2), end) }
        if end >= 1, let (v, e) = englishNumber(tokens, at: end - 1), e == end { return ((v, end - 1), end) }
        return nil
    }

    /// `of the CPV`, `of the 15th National Assembly`, `của Đảng Cộng sản Việt Nam`: an owner right after a body.
    static func followingOwner(_ tokens: [Token], from start: Int, entityAt: [Int: Gazetteer.Match], assembly: Bool) -> String? {
        var j = start
        let limit = min(tokens.count, start + 6)
        guard j < tokens.count, ["of", "cua"].contains(tokens[j].key) || tokens[j].text == "'" else { return nil }
        j += 1
        while j < limit {
            if tokens[j].kind == .punctuation && tokens[j].text != "'" { return nil }
            if let m = entityAt[j] {
                if assembly {
                    if m.entry.id == "vn-na" || m.entry.id == "la-na" { return m.entry.id }
                    if m.entry.category == .place, let a = assemblyOfCountry[m.entry.id] { return a }
                } else {
                    if isParty(m.entry) || ["asean", "apec", "g20", "brics", "mekong-lancang"].contains(m.entry.id) { return m.entry.id }
                    if m.entry.category == .place, let p = partyOfCountry[m.entry.id] { return p }
                }
                j = m.tokens.upperBound
                continue
            }
            j += 1
        }
        return nil
    }

    // MARK: Vietnamese

    static func vietnameseNumber(_ tokens: [Token], at i: Int) -> Int? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        if t.kind == .number { return Numerals.arabic(t.text) }
        if t.kind == .word {
            if let roman = Numerals.roman(t.text) { return roman }
            // `lần thứ nhất`, `kỳ họp thứ hai`: ordinal words only right after `thứ`.
            if i > 0, tokens[i - 1].key == "thu", let word = vietnameseOrdinals[t.text.lowercased()] { return word }
        }
        return nil
    }

    static let vietnameseOrdinals: [String: Int] = ["nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10]

    /// Skips `lần thứ` / `thứ` and returns the number after, with the index past it.
    static func numberAfter(_ tokens: [Token], from start: Int, maxSkip: Int = 6, allowed: Set<String>) -> (Int, Int)? {
        var j = start
        let limit = min(tokens.count, start + maxSkip + 1)
        while j < limit {
            if let v = vietnameseNumber(tokens, at: j) { return (v, j + 1) }
            let t = tokens[j]
            if t.kind == .punctuation { return nil }
            guard allowed.contains(t.key) else { return nil }
            j += 1
        }
        return nil
    }

    static let congressFillers: Set<String> = ["dai", "bieu", "toan", "quoc", "dang", "lan", "thu", "cong", "san", "viet", "nam", "nhan", "dan", "cach", "mang", "lao", "trung"]

    static func vietnameseBodies(_ tokens: [Token], entityAt: [Int: Gazetteer.Match]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            let t = tokens[i]
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            // Đại hội ... (lần thứ) XIV (của Đảng ...)
            if t.key == "dai", next?.key == "hoi", t.isCapitalized || (i > 0 && ["nghi", "quyet"].contains(tokens[i - 1].key) == false) {
                let window = tokens[(i + 2)..<min(tokens.count, i + 8)].map(\.key)
                if window.prefix(2).contains("dong") { continue }  // Đại hội đồng (General Assembly)
                if window.contains("the"), window.contains("thao") {
                    if let (n, end) = numberAfter(tokens, from: i + 2, maxSkip: 8, allowed: ["the", "thao", "dong", "nam", "a", "lan", "thu", "chau", "olympic"]) {
                        let owner = window.contains("chau") ? "asiad" : "sea-games"
                        found.append(Found(kind: .games, number: n, owner: owner, range: i..<end))
                    }
                    continue
                }
                if window.prefix(4).contains("bo") { continue }  // Đại hội Đảng bộ (a local congress)
                if let (n, end) = numberAfter(tokens, from: i + 2, allowed: congressFillers) {
                    _ = n
                    var owner: String?
                    for k in (i + 2)..<end { if let m = entityAt[k], isParty(m.entry) { owner = m.entry.id } }
                    owner = owner ?? followingOwner(tokens, from: end, entityAt: entityAt, assembly: false)
                    found.append(Found(kind: .partyCongress, number: n, owner: owner, range: i..<end))
                }
                continue
            }
            // khóa XV: a term of the National Assembly or of the Central Committee.
            if t.key == "khoa", let n = vietnameseNumber(tokens, at: i + 1) {
                var kind: BodyKind?
                var owner: String?
                var k = i - 1
                while k >= max(0, i - 8) {
                    if let m = entityAt[k] {
                        if m.entry.id == "vn-na" || m.entry.id == "la-na" { kind = .nationalAssembly; owner = m.entry.id; break }
                        if m.entry.id == "central-committee" || m.entry.id == "politburo" || m.entry.id == "secretariat" || m.entry.kind == "party" {
                            kind = .centralCommittee
                            if isParty(m.entry) { owner = m.entry.id }
                            break
                        }
                        if m.entry.category == .role {
                            let id = m.entry.id
                            if id.contains("na-") || id.contains("deputy") && tokens[m.tokens].contains(where: { $0.key == "quoc" }) {
                                kind = .nationalAssembly; owner = "vn-na"
                            } else { kind = .centralCommittee }
                            break
                        }
                    }
                    if ["trung", "uong", "tu", "tw", "dang"].contains(tokens[k].key) { kind = .centralCommittee; break }
                    if tokens[k].key == "hoi", k > 0, tokens[k - 1].key == "quoc" { kind = .nationalAssembly; owner = "vn-na"; break }
                    k -= 1
                }
                if let kind {
                    if kind == .nationalAssembly, owner == nil { owner = "vn-na" }
                    found.append(Found(kind: kind, number: n, owner: owner, range: max(0, k)..<(i + 2)))
                    // `khóa XII, XIII`, `khóa XIV và XV`
                    var m = i + 2
                    while m + 1 < tokens.count, [",", "va"].contains(tokens[m].key), let more = vietnameseNumber(tokens, at: m + 1) {
                        found.append(Found(kind: kind, number: more, owner: owner, range: (m + 1)..<(m + 2)))
                        m += 2
                    }
                }
                continue
            }
            // Hội nghị Trung ương 8 / Hội nghị lần thứ 8 Ban Chấp hành Trung ương / Hội nghị Cấp cao ASEAN 47
            if t.key == "hoi", next?.key == "nghi" {
                let words = tokens[(i + 2)..<min(tokens.count, i + 9)]
                if let first = words.first, first.key == "cap", words.dropFirst().first?.key == "cao" {
                    var owner: String?
                    var j = i + 4
                    while j < min(tokens.count, i + 14) {
                        if let m = entityAt[j], m.entry.category == .organization { owner = m.entry.id; j = m.tokens.upperBound; continue }
                        if let n = vietnameseNumber(tokens, at: j) {
                            found.append(Found(kind: .summit, number: n, owner: owner, range: i..<(j + 1)))
                            // `lần thứ 44 và 45`
                            if j + 2 < tokens.count, tokens[j + 1].key == "va", let second = vietnameseNumber(tokens, at: j + 2) {
                                found.append(Found(kind: .summit, number: second, owner: owner, range: i..<(j + 3)))
                            }
                            break
                        }
                        let t = tokens[j]
                        if t.kind == .punctuation && !["-", "(", ")"].contains(t.text) { break }
                        if t.kind == .word && !t.isCapitalized && !["lan", "thu", "a", "dong", "nam", "hop", "tac", "kinh", "te", "lanh", "dao"].contains(t.key) { break }
                        j += 1
                    }
                    continue
                }
                if let (n, end) = numberAfter(tokens, from: i + 2, maxSkip: 5, allowed: ["trung", "uong", "t.u", "tu", "tw", "lan", "thu", "ban", "chap", "hanh"]) {
                    let span = tokens[(i + 2)..<end].map(\.key)
                    let after = tokens[end..<min(tokens.count, end + 4)].map(\.key)
                    let before = (max(0, i - 10)..<i).contains { entityAt[$0]?.entry.id == "central-committee" && tokens[$0].sentence == t.sentence }
                    if span.contains(where: { ["trung", "t.u", "tu", "tw"].contains($0) }) || entityAt[i + 2]?.entry.id == "central-committee"
                        || after.contains("chap") || entityAt[end]?.entry.id == "central-committee" || before && span.contains("lan") {
                        found.append(Found(kind: .plenum, number: n, owner: nil, range: i..<end))
                    }
                }
                continue
            }
            // kỳ họp thứ 8
            if t.key == "ky", next?.key == "hop", let (n, end) = numberAfter(tokens, from: i + 2, maxSkip: 3, allowed: ["thu", "bat", "thuong", "lan"]) {
                var owner = "vn-na"
                let after = tokens[end..<min(tokens.count, end + 6)]
                if let k = after.indices.first(where: { entityAt[$0]?.entry.id == "la-na" }) { _ = k; owner = "la-na" }
                found.append(Found(kind: .assemblySession, number: n, owner: owner, range: i..<end))
                continue
            }
            // SEA Games 33 / ASIAD 19
            if (t.key == "games" || t.key == "asiad"), let (n, end) = numberAfter(tokens, from: i + 1, maxSkip: 2, allowed: ["lan", "thu"]) {
                let owner = t.key == "asiad" ? "asiad" : (i > 0 && tokens[i - 1].key == "sea" ? "sea-games" : nil)
                found.append(Found(kind: .games, number: n, owner: owner, range: max(0, i - 1)..<end))
            }
        }
        return found
    }

    // MARK: Context

    /// The nearest party or country named before the body in its sentence (else after it, else in
    /// the sentence before), mapped to the kind of owner the body needs.
    static func contextOwner(for found: Found, tokens: [Token], entities: [Gazetteer.Match]) -> String? {
        let sentence = tokens[found.range.lowerBound].sentence
        func owner(of m: Gazetteer.Match) -> String? {
            switch found.kind {
            case .nationalAssembly, .assemblySession:
                if m.entry.id == "vn-na" || m.entry.id == "la-na" { return m.entry.id }
                if m.entry.category == .place { return assemblyOfCountry[m.entry.id] }
                return nil
            case .summit:
                return ["asean", "apec", "g20", "brics", "mekong-lancang"].contains(m.entry.id) ? m.entry.id : nil
            case .games:
                return ["sea-games", "asiad", "olympics"].contains(m.entry.id) ? m.entry.id : nil
            default:
                if isParty(m.entry) { return m.entry.id }
                if m.entry.category == .place { return partyOfCountry[m.entry.id] }
                return nil
            }
        }
        let before = entities.filter { tokens[$0.tokens.lowerBound].sentence == sentence && $0.tokens.upperBound <= found.range.lowerBound }
        for m in before.reversed() { if let o = owner(of: m) { return o } }
        let after = entities.filter { tokens[$0.tokens.lowerBound].sentence == sentence && $0.tokens.lowerBound >= found.range.upperBound }
        for m in after { if let o = owner(of: m) { return o } }
        let previous = entities.filter { tokens[$0.tokens.lowerBound].sentence == sentence - 1 }
        for m in previous.reversed() { if let o = owner(of: m) { return o } }
        return nil
    }
}
