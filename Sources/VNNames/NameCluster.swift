import VNFeatures

/// One person of the corpus and every way it is written.
///
/// ```swift
/// let cluster = report.clusters.first { $0.canonical == "Tô Lâm" }!
/// cluster.id                      // "tolam"
/// cluster.variants.map(\.text)    // ["Tô Lâm", "To Lam", "Tô Lam", "Lâm", "Lam"]
/// ```
public struct NameCluster: Sendable, Codable, Equatable {
    /// A stable id: the compact key of the canonical form (`tolam`), with `-2`, `-3` ... when two
    /// people share it.
    public let id: String
    /// The form to use: the most written full form, the best-marked one on a tie.
    public let canonical: String
    /// `vietnamese`, `hanviet` or `foreign`, as the extractor found most of its mentions.
    public let origin: PersonOrigin
    /// Every role stated with the person, sorted.
    public let roles: [String]
    public let languages: [String]
    public let articles: [String]
    /// All mentions, second mentions included.
    public let mentions: Int
    /// Full forms first (the canonical one first, then the most written), then second mentions.
    public let variants: [NameVariant]

    public init(id: String, canonical: String, origin: PersonOrigin, roles: [String], languages: [String], articles: [String],
                mentions: Int, variants: [NameVariant]) {
        self.id = id
        self.canonical = canonical
        self.origin = origin
        self.roles = roles
        self.languages = languages
        self.articles = articles
        self.mentions = mentions
        self.variants = variants
    }
}
