import Foundation
import VNFeatures
import VNText

/// The words of the synthetic corpus, all read from data tables: places, organisations and roles
/// from the gazetteer (`places.tsv`, `organizations.tsv`, `roles.tsv`), family names from
/// `surnames.tsv`, pinyin from `hanviet-pinyin.tsv`, and VNReporting's own `synthesis/` tables
/// (given names, foreign names, sentence templates).
final class SynthVocabulary: Sendable {
    /// An entry's surface forms in both languages.
    struct Forms: Sendable {
        let id: String
        let kind: String
        let english: [String]
        let vietnamese: [String]

        /// The English form: with diacritics (Vietnam News style) or the first plain ASCII one (wire style).
        func en(marked: Bool) -> String {
            if marked { return english[0] }
            return english.first { $0.unicodeScalars.allSatisfy(\.isASCII) } ?? SynthText.plain(english[0])
        }

        var vi: String { vietnamese[0] }
    }

    /// Foreign names of a group of countries.
    struct ForeignGroup: Sendable {
        let countries: [String]
        let familyFirst: Bool
        let given: [String]
        let family: [String]
    }

    let places: [String: Forms]
    /// Countries guests come from: those with foreign names, and China.
    let guestCountries: [Forms]
    /// Vietnamese cities where guests are received.
    let receptionCities: [Forms]
    let provinces: [Forms]
    let companies: [Forms]
    let companiesByID: [String: Forms]
    let roles: [String: Forms]
    /// Family names of Vietnamese (`vietnamese` or `both`), most common first.
    let vietnameseSurnames: [String]
    /// Family names of Chinese people in Hán-Việt reading, with a pinyin reading.
    let chineseSurnames: [String]
    let middleNames: [String]
    let givenNames: [String]
    /// Given-name syllables with a pinyin reading.
    let chineseGivenNames: [String]
    /// Lower-case Hán-Việt syllable -> its first pinyin reading.
    let pinyin: [String: String]
    let foreign: [ForeignGroup]
    let foreignGroupOfCountry: [String: Int]
    /// `kind|lang|part` -> templates, in file order.
    let templates: [String: [String]]

    static let shared: SynthVocabulary = {
        do { return try SynthVocabulary() } catch { fatalError("vnalign's synthesis tables are unreadable: \(error)") }
    }()

    init() throws {
        // The gazetteer's own entries, in table order.
        func forms(_ category: Gazetteer.Category) -> [Forms] {
            Gazetteer.shared.entries.filter { $0.category == category }.map {
                Forms(id: $0.id, kind: $0.kind, english: $0.englishForms, vietnamese: $0.vietnameseForms)
            }
        }
        let placeRows = forms(.place)
        let organizationRows = forms(.organization)
        let roleRows = forms(.role)
        places = Dictionary(placeRows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        roles = Dictionary(roleRows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        provinces = placeRows.filter { $0.kind == "province" }
        receptionCities = placeRows.filter { ["ha-noi", "ho-chi-minh-city", "da-nang", "hai-phong", "can-tho"].contains($0.id) }
        companies = organizationRows.filter { $0.kind == "company" }
        companiesByID = Dictionary(companies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        let hanviet = try Gazetteer.bundledTable("hanviet-pinyin.tsv")
        var pinyin: [String: String] = [:]
        for row in hanviet.rows where row.fields.count == 2 {
            if pinyin[row.fields[0]] == nil, let first = row.fields[1].split(separator: " ").first { pinyin[row.fields[0]] = String(first) }
        }
        self.pinyin = pinyin

        let surnames = try Gazetteer.bundledTable("surnames.tsv")
        var vietnamese: [String] = [], chinese: [String] = []
        for row in surnames.rows where row.fields.count == 2 {
            let name = row.fields[0], origin = row.fields[1]
            if origin != "hanviet", !vietnamese.contains(name) { vietnamese.append(name) }
            if origin != "vietnamese", pinyin[name.lowercased()] != nil, !chinese.contains(name) { chinese.append(name) }
        }
        vietnameseSurnames = vietnamese
        chineseSurnames = chinese

        let given = try TSVTable.resource("given-names.tsv", in: .module, subdirectory: "synthesis")
        middleNames = given.rows.filter { $0.fields.count == 2 && $0.fields[1] != "given" }.map { $0.fields[0] }
        givenNames = given.rows.filter { $0.fields.count == 2 && $0.fields[1] != "middle" }.map { $0.fields[0] }
        chineseGivenNames = given.rows.filter { $0.fields.count == 2 && $0.fields[0] != "Thị" && $0.fields[0] != "Văn" && pinyin[$0.fields[0].lowercased()] != nil }.map { $0.fields[0] }

        let foreignTable = try TSVTable.resource("foreign-names.tsv", in: .module, subdirectory: "synthesis")
        var groups: [ForeignGroup] = []
        var groupOf: [String: Int] = [:]
        for row in foreignTable.rows {
            guard row.fields.count == 4 else { throw foreignTable.error("expected: countries, order, given, family", at: row) }
            let countries = row.fields[0].split(separator: "|").map(String.init)
            for c in countries where groupOf[c] == nil { groupOf[c] = groups.count }
            groups.append(ForeignGroup(countries: countries, familyFirst: row.fields[1] == "family-first",
                                       given: row.fields[2].split(separator: "|").map(String.init),
                                       family: row.fields[3].split(separator: "|").map(String.init)))
        }
        foreign = groups
        foreignGroupOfCountry = groupOf
        guestCountries = placeRows.filter { $0.kind == "country" && $0.id != "vn" && (groupOf[$0.id] != nil || $0.id == "cn") }

        let templateTable = try TSVTable.resource("templates.tsv", in: .module, subdirectory: "synthesis")
        var templates: [String: [String]] = [:]
        for row in templateTable.rows {
            guard row.fields.count == 4 else { throw templateTable.error("expected: kind, lang, part, template", at: row) }
            templates["\(row.fields[0])|\(row.fields[1])|\(row.fields[2])", default: []].append(row.fields[3])
        }
        self.templates = templates
    }

    func templates(_ kind: String, _ lang: String, _ part: String) -> [String] {
        templates["\(kind)|\(lang)|\(part)"] ?? []
    }
}

/// A person's name as each kind of article writes it.
struct SynthName: Sendable, Equatable {
    /// In Vietnamese text (`Tô Lâm`, `Vương Nghị`, `Antony Blakemore`).
    let vi: String
    /// In English text with diacritics (`Tô Lâm`, `Wang Yi`).
    let marked: String
    /// In English text without (`To Lam`, `Wang Yi`).
    let plain: String
    /// The second mention in Vietnamese text, English with diacritics, and English without.
    let shortVI: String
    let shortMarked: String
    let shortPlain: String

    func en(marked isMarked: Bool) -> String { isMarked ? marked : plain }
    func shortEN(marked isMarked: Bool) -> String { isMarked ? shortMarked : shortPlain }

    /// A Vietnamese name: family name, middle name(s), given name.
    static func vietnamese(_ random: inout SynthRandom, _ v: SynthVocabulary) -> SynthName {
        // Common family names are much more common (Nguyễn, Trần, Lê ...): Zipf weights.
        let surname = v.vietnameseSurnames[random.weighted(v.vietnameseSurnames.indices.map { 1 / Double($0 + 2) })]
        var parts = [surname]
        let syllables = random.chance(0.12) ? 0 : (random.chance(0.15) ? 2 : 1)
        for _ in 0..<syllables { parts.append(random.pick(v.middleNames)) }
        var given = random.pick(v.givenNames)
        while parts.contains(given) { given = random.pick(v.givenNames) }
        parts.append(given)
        let vi = parts.joined(separator: " ")
        return SynthName(vi: vi, marked: vi, plain: SynthText.plain(vi), shortVI: given, shortMarked: given, shortPlain: SynthText.plain(given))
    }

    /// A Chinese name: Hán-Việt in Vietnamese text (`Vương Nghị`), pinyin in English (`Wang Yi`).
    static func chinese(_ random: inout SynthRandom, _ v: SynthVocabulary) -> SynthName {
        let surname = random.pick(v.chineseSurnames)
        let given = (0..<(random.chance(0.7) ? 2 : 1)).map { _ in random.pick(v.chineseGivenNames) }
        let vi = ([surname] + given).joined(separator: " ")
        let family = SynthText.capitalized(v.pinyin[surname.lowercased()] ?? SynthText.plain(surname).lowercased())
        let first = SynthText.capitalized(given.map { v.pinyin[$0.lowercased()] ?? SynthText.plain($0).lowercased() }.joined())
        let en = "\(family) \(first)"
        return SynthName(vi: vi, marked: en, plain: en, shortVI: vi, shortMarked: family, shortPlain: family)
    }

    /// A foreign name from the group of a country (`Antony Blakemore`, `Yoon Suk Yeol`).
    static func foreign(_ random: inout SynthRandom, _ v: SynthVocabulary, country: String) -> SynthName {
        if country == "cn" { return chinese(&random, v) }
        let group = v.foreign[v.foreignGroupOfCountry[country] ?? 0]
        let given = random.pick(group.given), family = random.pick(group.family)
        let full = group.familyFirst ? "\(family) \(given)" : "\(given) \(family)"
        return SynthName(vi: full, marked: full, plain: full, shortVI: family, shortMarked: family, shortPlain: family)
    }
}

/// Text helpers of the synthetic corpus.
enum SynthText {
    /// Vietnamese text without its marks, case kept (`Tô Lâm` -> `To Lam`, `Đà Nẵng` -> `Da Nang`).
    static func plain(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0111: out.append("d")
            case 0x0110: out.append("D")
            default: out.append(scalar)
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    static func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// Deterministic FNV-1a hash of a string (Swift's `hashValue` changes from run to run).
    static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, out = ""
        for (value, letters) in table { while n >= value { out += letters; n -= value } }
        return out
    }

    /// Digits with a thousands separator (`12,300` in English, `12.300` in Vietnamese).
    static func grouped(_ n: Int, separator: Character) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(separator) }
            out.append(d)
        }
        return out
    }

    /// A decimal with up to `places` decimals, trailing zeros dropped, in the language's style.
    static func decimal(_ x: Double, places: Int, vietnamese: Bool) -> String {
        var s = String(format: "%.\(places)f", x)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        if vietnamese {
            let parts = s.split(separator: ".", omittingEmptySubsequences: false)
            let whole = grouped(Int(parts[0]) ?? 0, separator: ".")
            return parts.count > 1 ? "\(whole),\(parts[1])" : whole
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        let whole = grouped(Int(parts[0]) ?? 0, separator: ",")
        return parts.count > 1 ? "\(whole).\(parts[1])" : whole
    }
}
