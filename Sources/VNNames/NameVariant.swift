/// One way the corpus writes a person: the words as written, how often, in which languages and
/// articles.
///
/// ```swift
/// let variant = cluster.variants[0]
/// print(variant.text, variant.count, variant.languages, variant.articles)
/// // Tô Lâm 4 ["en", "vi"] ["en-5a0e1001", "vi-5a0e1002", ...]
/// ```
public struct NameVariant: Sendable, Codable, Equatable {
    /// The form as written (NFC, white space collapsed).
    public let text: String
    /// Mentions written this way.
    public let count: Int
    /// `en`, `vi`, sorted.
    public let languages: [String]
    /// Article ids, sorted.
    public let articles: [String]
    /// A one-word second mention (`Lâm`, `Mangnomek`) rather than a full name.
    public let short: Bool

    public init(text: String, count: Int, languages: [String], articles: [String], short: Bool) {
        self.text = text
        self.count = count
        self.languages = languages
        self.articles = articles
        self.short = short
    }
}
