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
    /// Where the name comes from: `vietnamese`, `hanviet`, `foreign`.
    public var origin: String

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
/// body.kind     // "party-congress"
/// body.number   // 11
/// body.owner    // "lprp"
/// ```
public struct BodyFeature: Sendable, Hashable, Codable {
    /// `party-congress`, `central-committee`, `plenum`, `national-assembly`, `assembly-session`,
    /// `summit`, `games`.
    public var kind: String
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
    public var lang: String
    /// Publication date (ISO), when known.
    public var date: String?
    public var title: String?
    public var people: [PersonFeature]
    public var organizations: [EntityFeature]
    public var places: [EntityFeature]
    public var bodies: [BodyFeature]
    public var dates: [DateFeature]
    public var numbers: [NumberFeature]
    /// Where the article came from.
    public var source: String
    /// What was repaired while reading it.
    public var repairs: [String]
}
