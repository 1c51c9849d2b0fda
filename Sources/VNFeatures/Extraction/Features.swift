import VNCorpus

/// Where a feature stands in the normalised text: Unicode scalar offsets (as Python and most
/// JSON consumers index strings) and a short evidence snippet.
public struct Mention: Sendable, Hashable, Codable {
    /// The words as written.
    public let text: String
    /// Start offset in Unicode scalars of the normalised article text.
    public let start: Int
    /// End offset (exclusive) in Unicode scalars.
    public let end: Int
    /// About a dozen words around the mention.
    public let snippet: String
}

/// A person named in an article.
///
/// ```swift
/// person.name       // "Tô Lâm"
/// person.key        // "to lam" (shared by "To Lam" and "Tô Lâm")
/// person.role       // "general-secretary"
/// ```
public struct PersonFeature: Sendable, Hashable, Codable {
    /// Canonical display form (NFC, old tone style), the fullest form the article writes.
    public var name: String
    /// Cross-language key: the matching key of the name (`to lam`).
    public var key: String
    /// Further keys the name is known by: pinyin readings of a Hán-Việt name (`xi jinping`), the
    /// phonetic key of a hyphenated spelling (`putin`).
    public var altKeys: [String]
    /// The bilingual role id stated with the name (`general-secretary`), if any.
    public var role: String?
    /// The role's rank: 1 for heads of party, state, government and assembly ... 5 for generic.
    public var roleRank: Int?
    /// Every role stated with the name (`general-secretary`, `state-president`).
    public var roles: [String]
    /// Every mention, second mentions (`Lâm`, `Mangnomek`) included.
    public var mentions: [Mention]
    /// Where the name comes from (encoded `vietnamese`, `hanviet`, `foreign`).
    public var origin: PersonOrigin

    /// All keys: `key` first, then `altKeys`.
    public var allKeys: [String] { [key] + altKeys }
}

/// An organisation or place from the bilingual gazetteer.
public struct EntityFeature: Sendable, Hashable, Codable {
    /// Gazetteer id (`cpv`, `hanoi`).
    public var id: String
    /// Canonical English display name.
    public var name: String
    /// `party`, `country`, `city`, ...
    public var kind: String
    public var mentions: [Mention]
}

/// A numbered body or event: a Party congress, a Central Committee term, a plenum, an assembly
/// term or session, a summit, games.
///
/// ```swift
/// body.kind     // .partyCongress ("party-congress" in JSON)
/// body.number   // 11
/// body.owner    // "lprp"
/// ```
public struct BodyFeature: Sendable, Hashable, Codable {
    /// What the body is; encodes as `party-congress`, `central-committee`, `plenum`,
    /// `national-assembly`, `assembly-session`, `summit` or `games`.
    public var kind: BodyKind
    public var number: Int
    /// Gazetteer id of the party, assembly or organisation it belongs to, when the text tells.
    public var owner: String?
    public var mentions: [Mention]

    /// `party-congress:lprp:11`.
    public var identity: String { "\(kind):\(owner ?? "?"):\(number)" }
}

/// A date or date range stated in an article.
///
/// `value` follows the gold annotation: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY/YYYY`, `--MM-DD`
/// (year unknown) or `W1`...`W7` (a weekday that could not be resolved: no publication date).
public struct DateFeature: Sendable, Hashable, Codable {
    public var value: String
    /// `day`, `month`, `year`, `range`, `weekday`.
    public var kind: String
    /// Whether the value was resolved against the publication date (weekdays, relative days, a
    /// day and month without year).
    public var resolved: Bool
    /// `morning`, `afternoon`, `evening`, when stated (`sáng 30/01`).
    public var partOfDay: String?
    public var mentions: [Mention]
}

/// A number with its unit or currency, read with the article language's separators.
///
/// ```swift
/// number.value   // 1.0e10 ("10 tỷ USD", "USD 10 billion")
/// number.unit    // "USD"
/// ```
public struct NumberFeature: Sendable, Hashable, Codable {
    public var value: Double
    /// `USD`, `VND`, `EUR`, `percent`, `people`, `tonnes`, ... or nil for a bare number.
    public var unit: String?
    public var mentions: [Mention]
}

/// Everything vnalign extracted from one article.
public struct ArticleFeatures: Sendable, Codable {
    public var id: String
    /// The article's language (encoded `en`, `vi`).
    public var lang: Language
    /// Publication date (ISO), when known.
    public var date: String?
    public var title: String?
    public var people: [PersonFeature]
    public var organizations: [EntityFeature]
    public var places: [EntityFeature]
    public var bodies: [BodyFeature]
    public var dates: [DateFeature]
    public var numbers: [NumberFeature]
    /// Proper names no gazetteer knows (storms, companies, projects, products).
    public var things: [NamedThingFeature] = []
    /// Numbers with what they count.
    public var quantities: [QuantityFeature] = []
    /// The event itself: its kinds and tense, from the headline and lead.
    public var frame = EventFrame()
    /// Where the article came from.
    public var source: String
    /// What was repaired while reading it.
    public var repairs: [String]
}

/// A proper name that no gazetteer or person rule knows: a storm, a company or brand, a
/// project, a product, a place below the gazetteer's provinces. The Vietnamese or English
/// generic word around it is set aside, so both languages share the name itself.
///
/// ```swift
/// thing.name   // "Yagi" (from "Typhoon Yagi" or "bão Yagi")
/// thing.key    // "yagi"
/// ```
public struct NamedThingFeature: Sendable, Hashable, Codable {
    /// The name as first written, generic words set aside.
    public var name: String
    /// Compact matching key (lower case, no marks, no spaces): `longthanh`.
    public var key: String
    public var mentions: [Mention]
}

/// A number with what it counts: a toll, a growth rate, a sum of exports, a score.
///
/// ```swift
/// quantity.measure   // "dead" (from "4 người chết" or "4 dead")
/// quantity.value     // 4
/// ```
public struct QuantityFeature: Sendable, Hashable, Codable {
    /// `dead`, `injured`, `missing`, `houses`, `gdp`, `exports`, `score`, ... (`quantity-measures.tsv`).
    public var measure: String
    /// The figure (a score `3-1` is stored as 301, the larger side first).
    public var value: Double
    public var mentions: [Mention]
}

/// What happened, read in the headline and the lead: the kinds of event named there
/// (`talks`, `opens`, `groundbreaking`, `second-leg`, ...; `event-triggers.tsv`) and whether the
/// report announces the event or tells what happened.
///
/// ```swift
/// frame.kinds   // ["talks", "visit"]
/// frame.tense   // .happened
/// ```
public struct EventFrame: Sendable, Hashable, Codable {
    /// Whether the event is still to come or has happened.
    public enum Tense: String, Sendable, Hashable, Codable {
        case announced, happened
    }

    /// Event kinds named in the headline and lead, ascending.
    public var kinds: [String]
    /// nil when no event kind is named.
    public var tense: Tense?

    public init(kinds: [String] = [], tense: Tense? = nil) {
        self.kinds = kinds
        self.tense = tense
    }
}
